/**
 * `npm run report` runs scripts/run-cli.mjs: the esbuild bundle of src/cli/report.ts, rebuilt when
 * a source is newer. It must print exactly what the TypeScript CLI prints (stdout only the report,
 * so `--format json` is pure JSON even when a rebuild happens) and keep the exit codes.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, REPO, runCli } from './run.ts';

const RUN_CLI = path.join(REPO, 'scripts', 'run-cli.mjs');
const TWO_DAYS = path.join(FIXTURES, 'nested', 'two-days.csv');
const BUNDLE = path.join(REPO, 'dist-cli', 'report.mjs');

function runBundled(args: string[]) {
  const r = spawnSync(process.execPath, [RUN_CLI, ...args], { cwd: REPO, maxBuffer: 64 << 20, env: { ...process.env, NODE_NO_WARNINGS: '1' } });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

describe('npm run report (scripts/run-cli.mjs → dist-cli/report.mjs)', () => {
  it('rebuilds a stale bundle, keeps stdout pure JSON, and prints what the TypeScript CLI prints', () => {
    // Make the bundle stale: date it before a source it is built from.
    runBundled(['--help']);
    const earlier = new Date(statSync(path.join(REPO, 'src', 'cli', 'text.ts')).mtimeMs - 5000);
    utimesSync(BUNDLE, earlier, earlier);
    const bundled = runBundled(['--format', 'json', '--daily', TWO_DAYS]);
    expect(bundled.stderr).toMatch(/built dist-cli\/report\.mjs/);
    expect(bundled.code).toBe(0);
    const viaTsx = runCli(['--format', 'json', '--daily', TWO_DAYS]);
    expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse(viaTsx.text));
    expect(bundled.stdout).toBe(viaTsx.text);
    // Fresh now: no rebuild the second time.
    expect(runBundled(['--help']).stderr).not.toMatch(/built/);
    expect(readFileSync(BUNDLE, 'utf8').length).toBeGreaterThan(1000);
  }, 60_000);

  it('keeps the exit codes: 2 for a bad command line, 1 when nothing usable was read', () => {
    expect(runBundled(['--frobnicate', TWO_DAYS]).code).toBe(2);
    expect(runBundled(['--format', 'json', path.join(FIXTURES, 'garbage.txt')]).code).toBe(1);
  }, 60_000);
});
