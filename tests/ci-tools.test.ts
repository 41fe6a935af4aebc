/**
 * CI runs on a fresh machine: every program a test or script spawns must be installed by .ci/run, and the README's
 * set-up line must name the same packages. A green run on a machine that had a tool from earlier work hid exactly
 * this once (pdftoppm).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ciRun = readFileSync(path.join(repoRoot, '.ci', 'run'), 'utf8');
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

/** Programs that come with Node itself. */
const WITH_NODE = new Set(['node', 'npm', 'npx']);

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(repoRoot, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(rel));
    else if (/\.(ts|mts|mjs|js)$/.test(e.name) && !rel.endsWith('ci-tools.test.ts')) out.push(rel);
  }
  return out;
}

/** Literal program names passed to spawn/spawnSync/execFile/execFileSync/exec/execSync in tests/ and scripts/. */
function spawnedPrograms(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of [...sources('tests'), ...sources('scripts')]) {
    const text = readFileSync(path.join(repoRoot, file), 'utf8');
    for (const m of text.matchAll(/\b(?:spawn|spawnSync|execFile|execFileSync|execSync|exec|run)\(\s*['"`]([A-Za-z0-9_./-]+)/g)) {
      const prog = path.basename(m[1]!.split(/\s/)[0]!);
      if (!WITH_NODE.has(prog)) found.set(prog, file);
    }
  }
  return found;
}

/** `need_tool PROGRAM PACKAGE` lines of .ci/run. */
function ciTools(): Map<string, string> {
  return new Map([...ciRun.matchAll(/^need_tool (\S+) (\S+)$/gm)].map((m) => [m[1]!, m[2]!]));
}

describe('.ci/run installs what the tests spawn', () => {
  it('finds the spawned programs it knows are there (pdftoppm in the print test, python3 in the oracle)', () => {
    const progs = spawnedPrograms();
    expect(progs.get('pdftoppm')).toBeDefined();
    expect(progs.get('python3')).toBeDefined();
  });

  it('checks and installs every program a test or script spawns', () => {
    const tools = ciTools();
    const missing = [...spawnedPrograms()].filter(([prog]) => !tools.has(prog)).map(([prog, file]) => `${prog} (${file})`);
    expect(missing).toEqual([]);
  });

  it('installs the CJK fonts and Chromium for the browser tests', () => {
    expect(ciTools().get('chromium')).toBe('chromium');
    expect(ciRun).toMatch(/has_cjk_fonts \|\| missing\+=\(fonts-noto-cjk\)/);
    expect(ciTools().get('fc-list')).toBe('fontconfig');
  });

  it('never pipes into grep -q under pipefail (the writer dies of SIGPIPE and the check fails although the match is there)', () => {
    const quietGrepAfterPipe = ciRun.split('\n').filter((l) => !l.trimStart().startsWith('#') && /\|\s*grep\s+-\w*q/.test(l));
    expect(quietGrepAfterPipe).toEqual([]);
  });

  it('names in the README the same packages .ci/run installs', () => {
    const line = /`apt-get install ([^`]+)`/.exec(readme)?.[1]?.split(/\s+/) ?? [];
    const packages = new Set([...ciTools().values(), 'fonts-noto-cjk']);
    expect(new Set(line)).toEqual(packages);
  });
});
