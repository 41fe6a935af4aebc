/**
 * The national-year generator (scripts/gen-national.mjs) keeps the real day's layout: same header,
 * same 24 × 15 row pattern, CRLF without a final newline, a few per cent of the reporting stations'
 * cells empty, and the files do not depend on how the days are split between threads.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeWithRealData, realPath } from '../helpers/realData.ts';
import { generateNational } from '../../scripts/gen-national.mjs';

const dirs: string[] = [];
const tmp = (): string => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'lantian-gen-national-'));
  dirs.push(d);
  return d;
};
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

describeWithRealData('national-sites-sample', 'gen-national', () => {
  const sample = readFileSync(realPath('national-sites-sample', 'china_sites_20190101.csv'), 'utf8');
  const sampleLines = sample.split('\r\n');

  it('writes one china_sites_YYYYMMDD.csv per day with the real header and the 24 × 15 row pattern', () => {
    const out = tmp();
    generateNational({ year: 2021, out, days: 2, start: '1231' });
    expect(readdirSync(out)).toEqual(['china_sites_20211231.csv']);
    const text = readFileSync(path.join(out, 'china_sites_20211231.csv'), 'utf8');
    expect(text.endsWith('\r\n')).toBe(false);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(sampleLines[0]);
    expect(lines.length).toBe(sampleLines.length);
    // Same hour and type in every row as the real day, the date replaced.
    expect(lines.slice(1).map((l) => l.split(',', 3).slice(1).join(','))).toEqual(sampleLines.slice(1).map((l) => l.split(',', 3).slice(1).join(',')));
    expect(lines.slice(1).every((l) => l.startsWith('20211231,'))).toBe(true);
    expect(lines.slice(1).every((l) => l.split(',').length === 1608)).toBe(true);
  });

  it('leaves a few per cent of the reporting stations\' hourly cells empty, and the silent stations empty', () => {
    const out = tmp();
    generateNational({ year: 2021, out, days: 3, start: '0601' });
    const silent = new Set<number>();
    const sampleRows = sampleLines.slice(1).map((l) => l.split(','));
    const width = sampleLines[0]!.split(',').length;
    for (let c = 3; c < width; c++) if (sampleRows.every((r) => r[c] === '')) silent.add(c);
    let cells = 0, empty = 0, silentFilled = 0;
    for (const f of readdirSync(out)) {
      for (const line of readFileSync(path.join(out, f), 'utf8').split('\r\n').slice(1)) {
        const cols = line.split(',');
        if (cols[2] !== 'PM2.5') continue;
        for (let c = 3; c < cols.length; c++) {
          if (silent.has(c)) { if (cols[c] !== '') silentFilled++; continue; }
          cells++;
          if (cols[c] === '') empty++;
        }
      }
    }
    expect(silentFilled).toBe(0);
    expect(empty / cells).toBeGreaterThan(0.01);
    expect(empty / cells).toBeLessThan(0.06);
  });

  it('writes the same files whatever day the run starts on (each day has its own random stream)', () => {
    const a = tmp(), b = tmp();
    generateNational({ year: 2021, out: a, days: 3, start: '0301' });
    generateNational({ year: 2021, out: b, days: 1, start: '0303' });
    expect(readFileSync(path.join(b, 'china_sites_20210303.csv'), 'utf8')).toBe(readFileSync(path.join(a, 'china_sites_20210303.csv'), 'utf8'));
  });

  it('has plausible seasons: PM2.5 higher in January than in July, O3 the other way', () => {
    const out = tmp();
    generateNational({ year: 2021, out, days: 1, start: '0115' });
    generateNational({ year: 2021, out, days: 1, start: '0715' });
    const mean = (file: string, type: string): number => {
      let s = 0, n = 0;
      for (const line of readFileSync(path.join(out, file), 'utf8').split('\r\n').slice(1)) {
        const cols = line.split(',');
        if (cols[2] !== type) continue;
        for (const v of cols.slice(3)) if (v !== '') { s += Number(v); n++; }
      }
      return s / n;
    };
    expect(mean('china_sites_20210115.csv', 'PM2.5')).toBeGreaterThan(1.5 * mean('china_sites_20210715.csv', 'PM2.5'));
    expect(mean('china_sites_20210715.csv', 'O3')).toBeGreaterThan(1.5 * mean('china_sites_20210115.csv', 'O3'));
  });
});
