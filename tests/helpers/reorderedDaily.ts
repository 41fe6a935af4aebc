/**
 * A header-less daily table whose layout the detector does not know, made at test time from a real
 * tianqihoubao file (../shared/data/real/tianqihoubao-daily-2013-2019, see its PROVENANCE.md): the
 * columns reordered and the text saved as GB18030. Written to a temporary folder, never committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gb18030 } from './ingest.ts';

/** tianqihoubao's columns: idx, 日期, 质量等级, AQI指数, 当天AQI排名, PM2.5, PM10, SO2, NO2, CO, O3 (MDA8). */
const ORIGINAL = ['idx', 'date', 'category', 'aqi', 'rank', 'PM2.5', 'PM10', 'SO2', 'NO2', 'CO', 'O3'] as const;

/** The new order: the date first, the pollutants shuffled, category, rank and row index last. */
export const REORDERED = ['date', 'aqi', 'PM10', 'PM2.5', 'SO2', 'NO2', 'O3', 'CO', 'category', 'rank', 'idx'] as const;

/** The same order as a `--columns` list (rank and row index skipped). */
export const REORDERED_COLUMNS = 'date,AQI,PM10,PM2.5,SO2,NO2,O3,CO,category,-,ignore';

/**
 * Writes `source` with its columns in REORDERED order as GB18030 to `dir` under the same file name
 * (so the area, named after the file, is the same); returns the new path.
 */
export function writeReorderedGb18030(source: string, dir: string): string {
  const order = REORDERED.map((c) => ORIGINAL.indexOf(c));
  const lines = readFileSync(source, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const text = lines.map((l) => {
    const cells = l.split(',');
    if (cells.length !== ORIGINAL.length) throw new Error(`unexpected row in ${source}: ${l}`);
    return order.map((i) => cells[i]).join(',');
  }).join('\r\n') + '\r\n';
  const out = path.join(dir, path.basename(source));
  writeFileSync(out, gb18030(text));
  return out;
}
