/**
 * Benchmark (not a test): `npx tsx scripts/bench-stream.ts [MB=300]`.
 * Generates a long station-hourly CSV of about MB megabytes in os.tmpdir() (scripts/gen-big.mjs:
 * 10 stations interleaved hour by hour, plausible values), streams it through createStreamingIngest
 * in 1 MiB chunks, prints throughput (MB/s on wall time), CPU time (user+sys), peak RSS, and the
 * live size of the finished dataset, then deletes the file. The text is never held whole: memory is
 * the dataset (6 Float64 values per station-hour, GB 3095-2012 Table 1 units) plus a batch or two.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeLongHourly } from './gen-big.mjs';
import { createStreamingIngest } from '../src/domain/ingest/ingestFile.ts';
import { DEFAULT_SETTINGS } from '../src/domain/types.ts';

const mb = Number(process.argv[2] ?? 300);
const dir = mkdtempSync(path.join(os.tmpdir(), 'lantian-stream-'));
try {
  const file = path.join(dir, 'big.csv');
  const g0 = performance.now();
  const gen = writeLongHourly(file, { bytes: mb * 1048576, stations: 10 });
  const genS = (performance.now() - g0) / 1000;
  const size = statSync(file).size;
  const load = os.loadavg().map((x) => x.toFixed(2)).join(' ');

  const CHUNK = 1 << 20;
  const buf = new Uint8Array(CHUNK);
  const fd = openSync(file, 'r');
  const rss0 = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const s = createStreamingIngest('big.csv', size, { settings: DEFAULT_SETTINGS });
  let peakRss = 0;
  for (let off = 0, k = 0; off < size; k++) {
    const n = readSync(fd, buf, 0, CHUNK, off);
    off += n;
    s.push(buf.subarray(0, n));
    if (k % 8 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const ds = s.finish();
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  closeSync(fd);
  peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const m = process.memoryUsage();
  const f = ds.files[0]!;
  let stationDays = 0;
  for (const days of ds.hourly.values()) stationDays += days.size;
  console.log(`generated ${(size / 1048576).toFixed(0)} MiB (${gen.rows.toLocaleString('en')} rows, 10 stations) in ${genS.toFixed(1)} s; load average ${load} on ${os.cpus().length} cores`);
  console.log(`streamed in ${wall.toFixed(2)} s wall = ${(size / 1048576 / wall).toFixed(1)} MiB/s; CPU (user+sys) ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`);
  console.log(`rows ${f.rows.toLocaleString('en')} (used ${f.rowsUsed.toLocaleString('en')}), ${stationDays.toLocaleString('en')} station-days, issues ${ds.issues.length}, rejected ${f.rejected}`);
  console.log(`peak RSS ${(peakRss / 1048576).toFixed(0)} MiB (start ${(rss0 / 1048576).toFixed(0)} MiB); dataset live ${gc ? `${((m.heapUsed + m.arrayBuffers) / 1048576).toFixed(0)} MiB (heap + typed arrays, after GC)` : 'n/a (run node --expose-gc --import tsx)'}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
