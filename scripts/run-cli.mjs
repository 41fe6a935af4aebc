#!/usr/bin/env node
/**
 * `npm run report -- …` runs this: the report CLI (src/cli/report.ts) bundled once with esbuild
 * (shipped inside tsx) into dist-cli/report.mjs, rebuilt only when one of the bundle's inputs
 * (listed by esbuild in dist-cli/report.meta.json) is newer than the bundle or gone. Starting the
 * bundle takes ~0.05 s of CPU against ~0.5 s for `tsx src/cli/report.ts`, which compiles the
 * TypeScript at every start.
 *
 * stdout belongs to the CLI (`npm run --silent report -- --format json …` prints only JSON): the
 * rebuild notice and esbuild's messages go to stderr. Two runs racing to rebuild each write their
 * own temporary file and rename it into place, so neither sees a half-written bundle.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(repo, 'src', 'cli', 'report.ts');
const outDir = path.join(repo, 'dist-cli');
const bundle = path.join(outDir, 'report.mjs');
const meta = path.join(outDir, 'report.meta.json');

/** True when the bundle is missing or older than any of its inputs (or an input is gone). */
function stale() {
  if (!existsSync(bundle) || !existsSync(meta)) return true;
  const built = statSync(bundle).mtimeMs;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(meta, 'utf8')).inputs;
  } catch {
    return true;
  }
  if (!Array.isArray(inputs) || inputs.length === 0) return true;
  for (const rel of [...inputs, 'package.json', 'package-lock.json']) {
    const p = path.resolve(repo, rel);
    if (!existsSync(p)) return true;
    if (statSync(p).mtimeMs > built) return true;
  }
  return false;
}

/** Builds the bundle (the same options as before in scripts/bench.mjs). */
export async function buildCli() {
  const { build } = await import('esbuild');
  mkdirSync(outDir, { recursive: true });
  // The bundle is dated from the start of the build: a source saved during the build makes it stale.
  const started = new Date();
  const tmp = path.join(outDir, `report.${process.pid}.tmp.mjs`);
  const res = await build({
    entryPoints: [entry],
    outfile: tmp,
    absWorkingDir: repo,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'bundle',
    metafile: true,
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  });
  const inputs = Object.keys(res.metafile.inputs).filter((p) => !p.startsWith('<'));
  utimesSync(tmp, started, started);
  renameSync(tmp, bundle);
  const metaTmp = `${meta}.${process.pid}.tmp`;
  writeFileSync(metaTmp, JSON.stringify({ inputs }, null, 1));
  renameSync(metaTmp, meta);
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  if (stale()) {
    const t0 = performance.now();
    await buildCli();
    process.stderr.write(`(built dist-cli/report.mjs in ${Math.round(performance.now() - t0)} ms)\n`);
  }
  // The bundle runs its CLI when argv[1] names it (see the end of src/cli/report.ts).
  process.argv[1] = bundle;
  await import(pathToFileURL(bundle).href);
}
