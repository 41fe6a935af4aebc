#!/usr/bin/env node
/**
 * `npm run bench`: times the report CLI on the 12 UCI Beijing station files (420,768 hourly rows,
 * 32 MB) — the full JSON report with the daily table, stdout discarded — exactly as `npm run report`
 * runs it (`node scripts/run-cli.mjs`: the esbuild bundle dist-cli/report.mjs, rebuilt when stale),
 * and prints the median wall time, CPU time (user+sys) and peak memory (max RSS) of several runs,
 * with the load average (other work on the machine inflates wall times, less so CPU times).
 * BENCH_COMPARE=1 also times `tsx src/cli/report.ts` (the former `npm run report`: TypeScript
 * compiled at every start). Reference: a pandas script doing the same job took about 1.3 s and
 * 190 MiB on this machine class.
 *
 * Peak memory and CPU come from `/usr/bin/time -v` when present, else from the child's own
 * `process.resourceUsage()` (LANTIAN_REPORT_RSS=1 makes the CLI print maxRSS on stderr).
 * Then scripts/bench-model.ts (dashboard model, aggregation) and scripts/bench-page.ts (drop → drawn in Chromium).
 * Options: BENCH_RUNS (default 5), BENCH_PAGE_RUNS (default 5), BENCH_JSON=1 (a JSON line at the end), LANTIAN_REAL_DATA.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, readdirSync } from 'node:fs';
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

// The command of `npm run report`, read from package.json (npm's own start-up, ~0.25 s, is not counted).
const reportScript = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).scripts.report;
const reportArgv = reportScript.split(/\s+/).filter(Boolean);
if (reportArgv[0] !== 'node') throw new Error(`bench: scripts.report is "${reportScript}", expected a node command`);

// Build the bundle now if it is stale, so that no timed run includes the build.
const t0 = performance.now();
const warm = spawnSync(process.execPath, [...reportArgv.slice(1), '--help'], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] });
if (warm.status !== 0) {
  console.error(warm.stderr.toString('utf8'));
  process.exit(1);
}
const buildNote = /built dist-cli\/report\.mjs in (\d+) ms/.exec(warm.stderr.toString('utf8'));
const prepMs = performance.now() - t0;

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
  { name: `npm run report (${reportScript})`, cmd: [process.execPath, ...reportArgv.slice(1), ...args] },
];
if (process.env.BENCH_COMPARE === '1') {
  variants.push({ name: 'tsx src/cli/report.ts (the former npm run report)', cmd: [process.execPath, '--import', 'tsx', path.join(repo, 'src', 'cli', 'report.ts'), ...args] });
}
const os = await import('node:os');
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

console.log(`Lantian report CLI benchmark: ${files.length} UCI files, ${(bytes / 1048576).toFixed(1)} MiB, full JSON report with the daily table`);
console.log(`${runs} run(s) each after one warm-up; CPU and memory from ${hasGnuTime ? '/usr/bin/time -v' : 'process.resourceUsage()'}; ${buildNote ? `bundle rebuilt (stale) in ${buildNote[1]} ms` : `bundle up to date (checked in ${prepMs.toFixed(0)} ms)`}`);
console.log(`  load average at the start: ${load()} on ${os.cpus().length} cores (wall times grow with it)`);
const results = [];
for (const v of variants) {
  runOnce(v.cmd); // warm-up (file cache, tsx's cache)
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
  console.log(`  ${res.name.padEnd(50)} wall median ${res.wallMedianS.toFixed(2)} s (min ${res.wallMinS.toFixed(2)} s)   peak RSS median ${res.rssMedianMiB.toFixed(0)} MiB (max ${res.rssMaxMiB.toFixed(0)} MiB)   CPU (user+sys) median ${Number.isFinite(res.cpuMedianS) ? res.cpuMedianS.toFixed(2) + ' s' : 'n/a'}`);
}
console.log(`  load average at the end: ${load()}`);
console.log('  reference: pandas script                            wall ~1.3 s, peak ~190 MiB (target: no slower; aim for half)');
if (process.env.BENCH_JSON === '1') console.log(JSON.stringify(results));

// The core after ingest (dashboard model, aggregation) and the page in Chromium: figures the tests once asserted.
for (const script of ['bench-model.ts', 'bench-page.ts']) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(repo, 'scripts', script)], { cwd: repo, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`bench: scripts/${script} exited ${r.status}`);
}
