/**
 * Benchmark (not a test), run by `npm run bench`: the core's computation after ingest, on the 12 UCI Beijing
 * files — (1) station-daily → city days → annual and monthly statistics of all four years, (2) one dashboard
 * model for a year with the Taiyuan target set (what the page recomputes when the year or a setting changes).
 * Median and minimum of BENCH_RUNS runs (default 7) after one warm-up. These figures were once asserted in
 * unit tests; they live here now, where a busy machine makes them slow rather than red.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestBytes } from '../src/domain/ingest/ingestFile.ts';
import { mergeDatasets } from '../src/domain/ingest/dataset.ts';
import { DEFAULT_SETTINGS } from '../src/domain/types.ts';
import { yearRange } from '../src/domain/calendar.ts';
import { computeAreaDays, dataExtent } from '../src/domain/aggregate/areaDays.ts';
import { monthlyStats, periodStats } from '../src/domain/stats/period.ts';
import { buildDashboardModel } from '../src/domain/report/dashboard.ts';
import { builtinTargetSet } from '../src/domain/targets/builtin.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(process.env.LANTIAN_REAL_DATA ?? path.resolve(repo, '..', 'shared', 'data', 'real'), 'uci-beijing-multisite');
if (!existsSync(dir)) {
  console.log(`  model: ${dir} not found; skipped`);
  process.exit(0);
}
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));
const settings = DEFAULT_SETTINGS;
const ds = mergeDatasets(readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()
  .map((f) => ingestBytes(f, new Uint8Array(readFileSync(path.join(dir, f))), { settings })));
const targets = builtinTargetSet();

function time(fn: () => void): { median: number; min: number } {
  fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const m = ms.length >> 1;
  return { median: ms.length % 2 ? ms[m]! : (ms[m - 1]! + ms[m]!) / 2, min: ms[0]! };
}

const area = settings.defaultAreaName;
const aggregation = time(() => {
  const days = computeAreaDays(ds, area, settings, dataExtent(ds, area, settings)!);
  for (let y = 2013; y <= 2017; y++) {
    const { from, to } = yearRange(y);
    periodStats(days, { area, from, to, settings });
    monthlyStats(days, y, { area, settings });
  }
});
const model = time(() => buildDashboardModel(ds, settings, { year: 2016, targets }));
console.log(`  core after ingest (${runs} runs, load ${os.loadavg()[0]?.toFixed(2)}):`);
console.log(`    aggregation + statistics of 4 UCI years     median ${aggregation.median.toFixed(0)} ms (min ${aggregation.min.toFixed(0)} ms)`);
console.log(`    dashboard model, 2016 with Taiyuan targets  median ${model.median.toFixed(0)} ms (min ${model.min.toFixed(0)} ms)`);
