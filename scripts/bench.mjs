#!/usr/bin/env node
/**
 * `npm run bench`: the report CLI side by side with peers, whole processes, in one run.
 *
 * 1. UCI: the 12 UCI Beijing station files (420,768 hourly rows, 32 MB) → the full annual report.
 *    The CLI (`--format json --daily`, the esbuild bundle `npm run report` runs, built first when
 *    stale) against a straightforward pandas script and an idiomatic polars script doing the same job
 *    (bench/peers/). Python peers run in a venv the bench creates in the temp folder, installed
 *    offline (`pip install --no-index --find-links /opt/pypi/files polars pandas`); without that folder
 *    the bench says so and times the CLI alone. The commands run in alternation (round robin, the
 *    order rotating), BENCH_RUNS rounds after one warm-up each; medians of wall time, CPU (user+sys)
 *    and peak RSS (`/usr/bin/time -v`, else the CLI's own maxRSS); ratios to the peers.
 * 2. National: a generated year of national wide hourly files (`npm run gen-national -- --year 2021`,
 *    written once into the temp folder, or BENCH_NATIONAL_DIR) through the whole CLI report: MB/s.
 * 3. scripts/bench-model.ts (dashboard model, aggregation) and scripts/bench-page.ts (drop → drawn in Chromium).
 * 4. scripts/bench-page-national.ts: the national year of section 2 (and the national station list) dropped on
 *    the built page in Chromium: load time, peak memory of all Chromium processes (sum of PSS), area, period
 *    and year switch times (medians). BENCH_PAGE_NATIONAL=0 skips it, BENCH_PAGE_NATIONAL_RUNS (default 1).
 *
 * Wall times grow with other work on the machine: the load average is printed; compare only figures
 * of one run. Options: BENCH_RUNS (default 7), BENCH_NATIONAL_RUNS (default 3), BENCH_NATIONAL=0 (skip),
 * BENCH_PAGE=0 (skip 3), BENCH_BASELINE=path/to/report.mjs (also time another CLI bundle, e.g. an
 * older build, in the same rounds), BENCH_PAGE_RUNS, BENCH_JSON=1 (a JSON line at the end), LANTIAN_REAL_DATA.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const realRoot = process.env.LANTIAN_REAL_DATA ?? path.resolve(repo, '..', 'shared', 'data', 'real');
const dataDir = path.join(realRoot, 'uci-beijing-multisite');
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));
const nationalRuns = Math.max(1, Number(process.env.BENCH_NATIONAL_RUNS ?? 3));
const WHEELS = '/opt/pypi/files';
const VENV = path.join(os.tmpdir(), 'lantian-bench-venv');

if (!existsSync(dataDir)) {
  console.error(`bench: ${dataDir} not found (set LANTIAN_REAL_DATA)`);
  process.exit(1);
}
const csvIn = (dir) => readdirSync(dir).filter((f) => /\.(csv|txt)$/i.test(f));
const bytesIn = (dir) => csvIn(dir).reduce((s, f) => s + statSync(path.join(dir, f)).size, 0);

// The command of `npm run report`, read from package.json (npm's own start-up, ~0.25 s, is not counted).
const reportScript = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).scripts.report;
const reportArgv = reportScript.split(/\s+/).filter(Boolean);
if (reportArgv[0] !== 'node') throw new Error(`bench: scripts.report is "${reportScript}", expected a node command`);

// Build the bundle now if it is stale, so that no timed run includes the build.
const warm = spawnSync(process.execPath, [...reportArgv.slice(1), '--help'], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] });
if (warm.status !== 0) {
  console.error(warm.stderr.toString('utf8'));
  process.exit(1);
}
const buildNote = /built dist-cli\/report\.mjs in (\d+) ms/.exec(warm.stderr.toString('utf8'));

const hasGnuTime = existsSync('/usr/bin/time');

/** One run of `cmd`: wall ms, peak RSS MiB, CPU s (stdout discarded). */
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
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ');

/** The venv's python with polars and pandas, or null with the reason. */
function peerPython() {
  const py = path.join(VENV, 'bin', 'python');
  const ok = () => existsSync(py) && spawnSync(py, ['-c', 'import polars, pandas'], { stdio: 'ignore' }).status === 0;
  if (ok()) return { py };
  if (!existsSync(WHEELS)) return { why: `${WHEELS} is missing: the pandas and polars peers are not timed` };
  if (!existsSync(py)) {
    const v = spawnSync('python3', ['-m', 'venv', VENV], { stdio: 'inherit' });
    if (v.status !== 0) return { why: `python3 -m venv ${VENV} failed: the peers are not timed` };
  }
  const pip = spawnSync(py, ['-m', 'pip', 'install', '--quiet', '--no-index', '--find-links', WHEELS, 'polars', 'pandas'], { stdio: 'inherit' });
  if (pip.status !== 0 || !ok()) return { why: `installing polars and pandas from ${WHEELS} failed: the peers are not timed` };
  return { py };
}

/** Runs the variants in alternation (the first of each round rotating) and prints medians. */
function timeSideBySide(variants, rounds, warmUp = true) {
  if (warmUp) for (const v of variants) runOnce(v.cmd); // file cache, Python imports
  const all = variants.map(() => []);
  for (let i = 0; i < rounds; i++) {
    for (let k = 0; k < variants.length; k++) {
      const j = (i + k) % variants.length;
      all[j].push(runOnce(variants[j].cmd));
    }
  }
  return variants.map((v, j) => {
    const rs = all[j];
    const res = {
      name: v.name,
      wallMedianS: median(rs.map((r) => r.wall)) / 1000,
      wallMinS: Math.min(...rs.map((r) => r.wall)) / 1000,
      rssMedianMiB: median(rs.map((r) => r.rssMiB)),
      rssMaxMiB: Math.max(...rs.map((r) => r.rssMiB)),
      cpuMedianS: median(rs.map((r) => r.cpu)),
    };
    console.log(`  ${res.name.padEnd(44)} wall median ${res.wallMedianS.toFixed(2)} s (min ${res.wallMinS.toFixed(2)})   peak RSS median ${res.rssMedianMiB.toFixed(0)} MiB (max ${res.rssMaxMiB.toFixed(0)})   CPU median ${Number.isFinite(res.cpuMedianS) ? res.cpuMedianS.toFixed(2) + ' s' : 'n/a'}`);
    return res;
  });
}

const results = { uci: [], national: null };
// The bundle `npm run report` runs (built above when stale): timed directly, so that a source saved
// during the bench does not make a timed run rebuild it.
const bundle = path.join(repo, 'dist-cli', 'report.mjs');
const cli = (dir, extra = []) => [process.execPath, bundle, '--format', 'json', ...extra, dir];

// --- 1. UCI, side by side with the peers
const uciFiles = csvIn(dataDir);
console.log(`1. UCI: ${uciFiles.length} files, ${(bytesIn(dataDir) / 1048576).toFixed(1)} MiB → full annual report (JSON with the daily table)`);
console.log(`   ${runs} round(s) after one warm-up each, commands alternated; CPU and memory from ${hasGnuTime ? '/usr/bin/time -v' : "the CLI's process.resourceUsage()"}; ${buildNote ? `bundle rebuilt (stale) in ${buildNote[1]} ms` : 'bundle up to date'}`);
console.log(`   load average at the start: ${load()} on ${os.cpus().length} cores`);
const uciVariants = [{ name: 'CLI (dist-cli/report.mjs)', cmd: cli(dataDir, ['--daily']) }];
if (process.env.BENCH_BASELINE) {
  uciVariants.push({ name: `baseline ${path.basename(path.dirname(path.dirname(process.env.BENCH_BASELINE)))}`, cmd: [process.execPath, process.env.BENCH_BASELINE, '--format', 'json', '--daily', dataDir] });
}
const peers = peerPython();
if (peers.py) {
  uciVariants.push({ name: 'pandas (bench/peers/uci_pandas.py)', cmd: [peers.py, path.join(repo, 'bench', 'peers', 'uci_pandas.py'), dataDir] });
  uciVariants.push({ name: 'polars (bench/peers/uci_polars.py)', cmd: [peers.py, path.join(repo, 'bench', 'peers', 'uci_polars.py'), dataDir] });
} else {
  console.log(`   ${peers.why}`);
}
results.uci = timeSideBySide(uciVariants, runs);
const by = (prefix) => results.uci.find((r) => r.name.startsWith(prefix));
const c = by('CLI');
for (const peer of ['pandas', 'polars', 'baseline']) {
  const p = by(peer);
  if (p) console.log(`   CLI / ${peer}: wall ${(c.wallMedianS / p.wallMedianS).toFixed(2)}×, peak RSS ${(c.rssMedianMiB / p.rssMedianMiB).toFixed(2)}×, CPU ${(c.cpuMedianS / p.cpuMedianS).toFixed(2)}×`);
}
console.log('   goal (issue 11): CLI ≤ 0.5× the polars wall time, peak RSS ≤ 150 MiB');
console.log(`   load average at the end: ${load()}`);

// --- 2. National wide files: MB/s through the whole CLI report
if (process.env.BENCH_NATIONAL !== '0') {
  const year = 2021;
  const dir = process.env.BENCH_NATIONAL_DIR ?? path.join(os.tmpdir(), `lantian-national-${year}`);
  const days = year % 4 === 0 ? 366 : 365;
  const complete = () => existsSync(dir) && csvIn(dir).length >= days;
  const gen = path.join(repo, 'scripts', 'gen-national.mjs');
  if (!complete() && existsSync(gen)) {
    console.log(`\n2. National: generating a year into ${dir} (npm run gen-national -- --year ${year}; once, about a minute)…`);
    const g = spawnSync(process.execPath, [gen, '--year', String(year), '--out', dir], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
    if (g.status !== 0) console.log(`   gen-national exited ${g.status}`);
  }
  if (complete()) {
    const mb = bytesIn(dir) / 1e6;
    console.log(`\n2. National: ${csvIn(dir).length} wide hourly files, ${mb.toFixed(0)} MB → full report; ${nationalRuns} run(s), no warm-up (the files are in the page cache from generation or the last run); load ${load()}`);
    const nv = [{ name: 'CLI (dist-cli/report.mjs)', cmd: cli(dir) }];
    if (process.env.BENCH_BASELINE) nv.push({ name: 'baseline', cmd: [process.execPath, process.env.BENCH_BASELINE, '--format', 'json', dir] });
    const nr = timeSideBySide(nv, nationalRuns, false);
    for (const r of nr) console.log(`   ${r.name}: ${(mb / r.wallMedianS).toFixed(0)} MB/s (wall), ${(mb / r.cpuMedianS).toFixed(0)} MB per CPU-second`);
    console.log('   goal (issue 11): ≥ 150 MB/s, a national year in ≤ 4 s counting start-up');
    results.national = { dir, mb, runs: nr };
  } else {
    console.log(`\n2. National: no generated year in ${dir} (scripts/gen-national.mjs missing or failed): skipped`);
  }
}
if (process.env.BENCH_JSON === '1') console.log(JSON.stringify(results));

// --- 3. The core after ingest (dashboard model, aggregation) and the page in Chromium.
if (process.env.BENCH_PAGE !== '0') {
  const nationalPage = process.env.BENCH_PAGE_NATIONAL !== '0' && results.national ? ['bench-page-national.ts'] : [];
  if (results.national) process.env.BENCH_NATIONAL_DIR = results.national.dir;
  for (const script of ['bench-model.ts', 'bench-page.ts', ...nationalPage]) {
    if (!existsSync(path.join(repo, 'scripts', script))) continue;
    console.log('');
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(repo, 'scripts', script)], { cwd: repo, stdio: 'inherit', env: process.env });
    if (r.status !== 0) throw new Error(`bench: scripts/${script} exited ${r.status}`);
  }
}
