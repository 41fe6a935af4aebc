/**
 * Five million rows, generated at test time into a temp dir (never committed), streamed through
 * createStreamingIngest in 2 MB chunks in a child process with --expose-gc: every row is counted
 * and stored, and live memory while streaming never exceeds the finished dataset by more than a
 * few batches: the ~280 MB text is never held whole.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { writeLongHourly } from '../../scripts/gen-big.mjs';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'lantian-5m-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a file of 5 million rows', () => {
  it('streams with every row read and memory bounded by the dataset, not the file', async () => {
    const file = path.join(dir, 'five-million.csv');
    const ROWS = 5_000_000;
    const STATIONS = 10;
    const gen = writeLongHourly(file, { rows: ROWS, stations: STATIONS });
    expect(gen.rows).toBe(ROWS);
    const { stdout } = await run(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(here, 'streamFile.child.ts'), file], {
      cwd: repo, maxBuffer: 1 << 20, timeout: 300_000,
    });
    const r = JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, number | string | string[] | boolean>;
    console.log(`[lantian robustness] 5M rows / ${(gen.bytes / 1048576).toFixed(0)} MB streamed in ${((r.ms as number) / 1000).toFixed(1)} s ` +
      `(${(r.mbPerS as number).toFixed(1)} MB/s); live memory peak ${(r.peakLiveMB as number).toFixed(0)} MB, finished dataset ` +
      `${(r.finalLiveMB as number).toFixed(0)} MB, peak RSS ${(r.peakRssMB as number).toFixed(0)} MB`);
    expect(r.rejected).toBe(false);
    expect(r.rows).toBe(ROWS);
    expect(r.rowsUsed).toBe(ROWS);
    expect(r.records).toBe(ROWS);
    // 5,000,000 rows / 10 stations = 500,000 hours = 20,833 days + 8 hours → 20,834 days per station.
    expect(r.stationDays).toBe(STATIONS * 20_834);
    expect(r.stations).toBe(STATIONS);
    expect(r.firstDate).toBe('2015-01-01');
    // Day 20,833 after 2015-01-01 (16436 + 20833 = 37269 = 2072-01-15).
    expect(r.lastDate).toBe('2072-01-15');
    expect(r.issues).toEqual([]);
    expect(r.impossible).toBe(0);
    // Bounded: live memory while streaming ≤ finished dataset + 128 MB (the text is ~280 MB).
    expect(r.peakLiveMB as number).toBeLessThanOrEqual((r.finalLiveMB as number) + 128);
    expect(r.peakRssMB as number).toBeLessThan(1536);
  }, 600_000);
});
