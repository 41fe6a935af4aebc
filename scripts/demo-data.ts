/**
 * Writes the built-in SIMULATED demo dataset as a CSV, so that the CLI and users can load the very
 * data the dashboard opens on: `npm run demo-data [-- --seed N] [-- --out path]`.
 * Default: data/demo/taiyuan-demo-2020-2021.csv (seed DEMO_SEED, years 2020–2021), and beside it
 * taiyuan-demo-stations.csv, the station list with the 对照点 flag: load both to get the demo's figures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_SEED, DEMO_YEARS, demoCsv, demoStationListCsv, generateDemoDataset } from '../src/domain/demo/generate.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seed = Number(arg('seed') ?? DEMO_SEED);
if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${arg('seed')}`);
const out = path.resolve(arg('out') ?? path.join(root, 'data', 'demo', `taiyuan-demo-${DEMO_YEARS[0]}-${DEMO_YEARS[DEMO_YEARS.length - 1]}.csv`));

const t0 = performance.now();
const dataset = generateDemoDataset({ seed });
const t1 = performance.now();
const csv = demoCsv(dataset);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, csv, 'utf8');
const stationsOut = path.join(path.dirname(out), 'taiyuan-demo-stations.csv');
writeFileSync(stationsOut, demoStationListCsv(), 'utf8');
const rows = csv.split('\n').length - 2;
console.log(`simulated demo (seed ${seed}): ${dataset.stations.size} stations, ${rows} station-hours, ` +
  `${(Buffer.byteLength(csv) / 1e6).toFixed(1)} MB → ${path.relative(process.cwd(), out)} (generated in ${(t1 - t0).toFixed(0)} ms); station list → ${path.relative(process.cwd(), stationsOut)}`);
