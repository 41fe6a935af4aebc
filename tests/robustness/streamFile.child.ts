/**
 * Child process of stream5m.test.ts (run with `node --expose-gc --import tsx`): streams one file
 * through createStreamingIngest in 2 MB chunks, measuring live memory (after a forced GC) as it
 * goes, and prints one JSON line with the figures and the counts read.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createStreamingIngest } from '../../src/domain/ingest/ingestFile.ts';
import { DEFAULT_SETTINGS } from '../../src/domain/types.ts';
import { countHourRecords, impossibleValues } from './check.ts';

const file = process.argv[2]!;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const live = (): number => { gc(); const m = process.memoryUsage(); return m.heapUsed + m.arrayBuffers; };

const CHUNK = 2 * 1024 * 1024;
const fd = openSync(file, 'r');
const size = fstatSync(fd).size;
const base = live();
let peakLive = 0;
let peakRss = 0;
const s = createStreamingIngest(file, size, { settings: DEFAULT_SETTINGS });
const buf = new Uint8Array(CHUNK);
const t0 = performance.now();
let gcMs = 0;
for (let off = 0, k = 0; off < size; k++) {
  const n = readSync(fd, buf, 0, CHUNK, off);
  off += n;
  s.push(buf.subarray(0, n));
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (k % 16 === 0) { const g = performance.now(); peakLive = Math.max(peakLive, live() - base); gcMs += performance.now() - g; }
}
const ds = s.finish();
const ms = performance.now() - t0 - gcMs;
closeSync(fd);
const finalLive = live() - base;
peakLive = Math.max(peakLive, finalLive);
let stationDays = 0;
for (const days of ds.hourly.values()) stationDays += days.size;
const f = ds.files[0]!;
console.log(JSON.stringify({
  bytes: size, ms, mbPerS: size / 1048576 / (ms / 1000), rows: f.rows, rowsUsed: f.rowsUsed, rejected: f.rejected,
  records: countHourRecords(ds), stationDays, stations: ds.stations.size, firstDate: f.firstDate, lastDate: f.lastDate,
  issues: ds.issues.map((i) => `${i.severity}:${i.code}`), impossible: impossibleValues(ds).length,
  peakLiveMB: peakLive / 1048576, finalLiveMB: finalLive / 1048576, peakRssMB: peakRss / 1048576,
}));
