#!/usr/bin/env node
/**
 * `npm run bench`: times the report CLI on the 12 UCI Beijing station files (420,768 hourly rows,
 * 32 MB) — the full JSON report with the daily table, stdout discarded — and prints the median wall
 * time and the peak memory (max RSS) of several runs, for two ways of running it:
 *   1. `tsx src/cli/report.ts` (what `npm run report` runs: TypeScript compiled at start-up);
 *   2. `node dist-cli/report.mjs`, the CLI bundled once with esbuild (shipped inside tsx).
 * Reference: a pandas script doing the same job took about 1.3 s and 190 MiB on this machine class.
 *
 * Peak memory comes from `/usr/bin/time -v` when present, else from the child's own
 * `process.resourceUsage().maxRSS` (LANTIAN_REPORT_RSS=1 makes the CLI print it on stderr).
 * Options: BENCH_RUNS (default 5), LANTIAN_REAL_DATA (folder of the real data sets).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const realRoot = process.env.LANTIAN_REAL_DATA ?? path.resolve(repo, '..', 'shared', 'data', 'real');
const dataDir = path.join(realRoot, 'uci-beijing-multisite');
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));

if (!existsSync(dataDir)) {
  console.error(`bench: ${dataDir} not found (set LANTIAN_REAL_DATA)`);
  process.exit(1);
}
const files = readdirSync(dataDir).filter((f) => f.endsWith('.csv'));
const bytes = files.reduce((s, f) => s + statSync(path.join(dataDir, f)).size, 0);

// 1. Bundle the CLI once (dist-cli/ is git-ignored).
const outDir = path.join(repo, 'dist-cli');
mkdirSync(outDir, { recursive: true });
const outFile = path.join(outDir, 'report.mjs');
const { build } = await import('esbuild');
const t0 = performance.now();
await build({
  entryPoints: [path.join(repo, 'src', 'cli', 'report.ts')],
  outfile: outFile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'bundle',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'warning',
});
const buildMs = performance.now() - t0;

const hasGnuTime = existsSync('/usr/bin/time');
const args = ['--format', 'json', '--daily', dataDir];

function runOnce(cmd) {
  const env = { ...process.env, NODE_NO_WARNINGS: '1', LANTIAN_REPORT_RSS: '1' };
  const argv = hasGnuTime ? ['/usr/bin/time', ['-v', ...cmd]] : [cmd[0], cmd.slice(1)];
  const start = performance.now();
  const r = spawnSync(argv[0], argv[1], { cwd: repo, env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 << 20 });
  const wall = performance.now() - start;
  const stderr = r.stderr.toString('utf8');
  if (r.status !== 0) {
    console.error(stderr);
    throw new Error(`bench: ${cmd.join(' ')} exited ${r.status}`);
  }
  const gnu = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const self = /maxRSS_KiB=(\d+)/.exec(stderr);
  const kib = Number((gnu ?? self)?.[1] ?? NaN);
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(stderr);
  const cpu = user && sys ? Number(user[1]) + Number(sys[1]) : NaN;
  return { wall, rssMiB: kib / 1024, cpu };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const variants = [
  { name: 'tsx src/cli/report.ts', cmd: [process.execPath, '--import', 'tsx', path.join(repo, 'src', 'cli', 'report.ts'), ...args] },
  { name: 'node dist-cli/report.mjs (esbuild bundle)', cmd: [process.execPath, outFile, ...args] },
];

console.log(`Lantian report CLI benchmark: ${files.length} UCI files, ${(bytes / 1048576).toFixed(1)} MiB, full JSON report with the daily table`);
console.log(`${runs} run(s) each after one warm-up; memory from ${hasGnuTime ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS'}; bundle built in ${buildMs.toFixed(0)} ms`);
const results = [];
for (const v of variants) {
  runOnce(v.cmd); // warm-up (file cache, tsx cache)
  const rs = [];
  for (let i = 0; i < runs; i++) rs.push(runOnce(v.cmd));
  const res = {
    name: v.name,
    wallMedianS: median(rs.map((r) => r.wall)) / 1000,
    wallMinS: Math.min(...rs.map((r) => r.wall)) / 1000,
    rssMedianMiB: median(rs.map((r) => r.rssMiB)),
    rssMaxMiB: Math.max(...rs.map((r) => r.rssMiB)),
    cpuMedianS: median(rs.map((r) => r.cpu)),
  };
  results.push(res);
  console.log(`  ${res.name.padEnd(44)} wall median ${res.wallMedianS.toFixed(2)} s (min ${res.wallMinS.toFixed(2)} s)   peak RSS median ${res.rssMedianMiB.toFixed(0)} MiB (max ${res.rssMaxMiB.toFixed(0)} MiB)   CPU (user+sys) median ${Number.isFinite(res.cpuMedianS) ? res.cpuMedianS.toFixed(2) + ' s' : 'n/a'}`);
}
console.log(`  machine load average at the end: ${(await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ')} on ${(await import('node:os')).cpus().length} cores (wall times grow with it)`);
console.log('  reference: pandas script                      wall ~1.3 s, peak ~190 MiB (target: no slower; aim for half)');
if (process.env.BENCH_JSON === '1') console.log(JSON.stringify(results));
