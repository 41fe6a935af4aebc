/**
 * Benchmark (not a test): `npx tsx scripts/bench-ingest.ts [repeat]`.
 * 1. Ingests the 12 UCI Beijing files (420,768 rows, 32 MB) one by one, best of 5, next to the
 *    time of TextDecoder + papaparse alone on the same bytes (a reference: plain files are read
 *    in place without papaparse, see docs/performance.md).
 * 2. Streams the 12 files `repeat` times as ONE file in 1 MiB chunks (repeat 10 ≈ 320 MB; the
 *    repeats are duplicate station-hours, so the dataset stays the same size) and prints the
 *    time and the peak heap, to show that memory does not grow with the file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import Papa from 'papaparse';
import { createStreamingIngest, ingestBytes } from '../src/domain/ingest/ingestFile.ts';
import { mergeDatasets } from '../src/domain/ingest/dataset.ts';
import { DEFAULT_SETTINGS } from '../src/domain/types.ts';

const dir = process.env.LANTIAN_REAL_DATA ? `${process.env.LANTIAN_REAL_DATA}/uci-beijing-multisite/` : new URL('../../shared/data/real/uci-beijing-multisite/', import.meta.url).pathname;
const names = readdirSync(dir).filter((f) => f.endsWith('.csv')).sort();
const bufs = names.map((f) => new Uint8Array(readFileSync(dir + f)));
const total = bufs.reduce((a, b) => a + b.length, 0);

let best = Infinity, bestFloor = Infinity, rows = 0;
for (let rep = 0; rep < 5; rep++) {
  let t0 = performance.now();
  const parts = names.map((f, i) => ingestBytes(f, bufs[i]!, { settings: DEFAULT_SETTINGS }));
  mergeDatasets(parts);
  best = Math.min(best, performance.now() - t0);
  rows = parts.reduce((a, p) => a + p.files[0]!.rows, 0);
  t0 = performance.now();
  for (const b of bufs) {
    const td = new TextDecoder();
    for (let o = 0; o < b.length; o += 65536) Papa.parse<string[]>(td.decode(b.subarray(o, o + 65536), { stream: true }), { delimiter: ',', newline: '\n' });
  }
  bestFloor = Math.min(bestFloor, performance.now() - t0);
}
console.log(`12 UCI files, ${rows} rows, ${(total / 1e6).toFixed(1)} MB: ingest+merge best ${best.toFixed(0)} ms; decode+papaparse alone ${bestFloor.toFixed(0)} ms`);

const repeat = Number(process.argv[2] ?? 10);
const s = createStreamingIngest('uci-all.csv', total * repeat, { settings: DEFAULT_SETTINGS });
let peak = 0;
const t0 = performance.now();
for (let r = 0; r < repeat; r++) {
  for (const b of bufs) {
    for (let o = 0; o < b.length; o += 1 << 20) {
      s.push(b.subarray(o, o + (1 << 20)));
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
  }
}
const ds = s.finish();
const f = ds.files[0]!;
console.log(`streamed ${(total * repeat / 1e6).toFixed(0)} MB as one file in ${((performance.now() - t0) / 1000).toFixed(1)} s: rows ${f.rows}, stations ${f.stations.length}, peak heap ${(peak / 1e6).toFixed(0)} MB, issues ${ds.issues.length}`);
