/**
 * The in-place reader of plain batches (default) against papaparse on every batch (`parser:
 * 'papaparse'`, the reader before the fast path): same records, same file summary, same issues
 * with the same rows and messages — for random long, wide and daily tables (markers, blanks,
 * whitespace, signs, quoted plain fields, repeated headers, blank lines, a cut last row, hour 24),
 * in random chunk and batch sizes, for the ingest fixtures and for the real data files.
 */
import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStreamingIngest } from './ingestFile.ts';
import type { IngestOptions } from './ingestFile.ts';
import { DEFAULT_SETTINGS } from '../types.ts';
import type { Dataset } from '../types.ts';
import { allRecords, fixture, utf8 } from '../../../tests/helpers/ingest.ts';
import { describeWithRealData, realPath } from '../../../tests/helpers/realData.ts';
import { writeWideDaily } from '../../../scripts/gen-big.mjs';

const RUNS = Number(process.env.LANTIAN_FUZZ_RUNS ?? 60);

function ingest(bytes: Uint8Array, chunk: number, extra: Partial<IngestOptions>): Dataset {
  const s = createStreamingIngest('t.csv', bytes.length, { settings: DEFAULT_SETTINGS, ...extra });
  for (let i = 0; i < bytes.length; i += chunk) s.push(bytes.subarray(i, i + chunk));
  return s.finish();
}

/** Everything observable: records, summary, issues with messages. */
function seen(ds: Dataset): unknown {
  return { records: allRecords(ds), files: ds.files, issues: ds.issues };
}

function expectSame(bytes: Uint8Array, chunk: number, batchChars?: number): void {
  const b = batchChars !== undefined ? { batchChars } : {};
  expect(seen(ingest(bytes, chunk, b))).toEqual(seen(ingest(bytes, chunk, { ...b, parser: 'papaparse' })));
}

const value = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 600 }).map(String) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 200, noNaN: true }).map((x) => x.toFixed(2)) },
  { weight: 2, arbitrary: fc.constantFrom('', 'NA', 'NaN', '—', '-99', '-5', ' 35 ', '1e400', '12000', '0x1F', 'abc', '3e1', '+7', '-0', '.5') },
);
const quoted = (s: string) => fc.boolean().map((q) => (q ? `"${s}"` : s));
const station = fc.constantFrom('尖草坪', '小店', ' 晋源 ', 'Dongsi', '');

/**
 * Header, then > 64 Ki characters of ordinary rows (the first batch, which decides the format, is
 * always parsed by papaparse), then the random rows: those are what the in-place reader reads.
 */
function table(header: string, row: fc.Arbitrary<string>, filler: ((i: number) => string) | null): fc.Arbitrary<string> {
  const lines0: string[] = [];
  for (let i = 0, n = 0; filler && n <= 70_000; i++) { const l = filler(i); lines0.push(l); n += l.length + 1; }
  const head = [header, ...lines0].join('\n');
  return fc.record({
    rows: fc.array(fc.oneof({ weight: 20, arbitrary: row }, { weight: 1, arbitrary: fc.constantFrom('', ' , ,', header) }), { minLength: 1, maxLength: 120 }),
    end: fc.constantFrom('\n', '', '\r\n'),
    cut: fc.nat(12),
  }).map(({ rows, end, cut }) => {
    let text = (filler ? '' : '\n \n') + head + '\n' + rows.join(end === '\r\n' ? '\r\n' : '\n') + end;
    if (end === '' && cut > 0) text = text.slice(0, Math.max(head.length + 1, text.length - cut)); // a cut last row
    return text;
  });
}

const longRow = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 24 }), station, fc.array(value, { minLength: 6, maxLength: 6 }))
  .chain(([d, h, s, vs]) => fc.tuple(quoted(`2021-01-0${d}`), quoted(String(h)), quoted(s), ...vs.map(quoted)).map((cells) => cells.join(',')));
// Site cells quoted or not, and rows with fewer or more cells than the header (the wide reader
// reads a row's site cells in one pass over the text: this is what it must agree on).
const wideRow = fc.tuple(fc.integer({ min: 1, max: 2 }), fc.integer({ min: 0, max: 24 }), fc.constantFrom('PM2.5', 'PM10', 'SO2', 'CO', 'AQI', 'PM2.5_24h', 'x'),
  fc.oneof({ weight: 6, arbitrary: fc.array(value, { minLength: 3, maxLength: 3 }) }, { weight: 1, arbitrary: fc.array(value, { minLength: 0, maxLength: 5 }) }))
  .chain(([d, h, t, vs]) => fc.tuple(...vs.map(quoted)).map((cells) => [`2021010${d}`, String(h), t, ...cells].join(',')));
const dailyRow = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.constantFrom('太原', '北京'), fc.constantFrom('优', '良', '', '—'), fc.array(value, { minLength: 4, maxLength: 4 }))
  .map(([d, a, c, vs]) => [`2021-01-0${d}`, a, c, ...vs].join(','));

describe('plain-batch reader = papaparse reader', () => {
  const cases: [string, fc.Arbitrary<string>][] = [
    ['long station-hourly', table('date,hour,station,PM2.5,PM10,SO2,NO2,CO,O3', longRow,
      (i) => `2020-12-${String(1 + Math.floor(i / 48) % 28).padStart(2, '0')},${i % 24},S${Math.floor(i / 24) % 2},${i % 300},1,2,3,0.5,4`)],
    ['wide national hourly', table('date,hour,type,1001A,1002A,1003A', wideRow,
      (i) => `202012${String(1 + Math.floor(i / 48) % 28).padStart(2, '0')},${Math.floor(i / 2) % 24},${i % 2 ? 'PM10' : 'PM2.5'},${i % 300},1,2`)],
    ['daily table', table('date,city,质量等级,PM2.5,PM10,CO,O3_8h', dailyRow,
      (i) => `${2000 + Math.floor(i / 365)}-${String(1 + Math.floor(i / 28) % 12).padStart(2, '0')}-${String(1 + i % 28).padStart(2, '0')},太原,良,${i % 300},1,0.5,4`)],
    // Small files: the whole file is the first batch, where the format is detected (blank lines first).
    ['small long', table('"date","hour","station","PM2.5","PM10","SO2","NO2","CO","O3"', longRow, null)],
    ['small wide', table('date,hour,type,1001A,1002A,1003A', wideRow, null)],
    ['small daily', table('date,city,质量等级,PM2.5,PM10,CO,O3_8h', dailyRow, null)],
  ];
  for (const [name, arb] of cases) {
    it(`gives the same records, summary and issues: random ${name} tables, any chunk and batch size`, () => {
      fc.assert(fc.property(arb, fc.integer({ min: 1, max: 4096 }), fc.integer({ min: 1, max: 300 }), (text, chunk, batch) => {
        const bytes = utf8(text);
        expectSame(bytes, chunk, batch);
        expectSame(bytes, 1 << 20);
      }), { numRuns: RUNS });
    }, 300_000); // a bound for hangs only: ~15 s on an idle 2-core machine, 66 s seen with the machine loaded 4×
  }

  it('takes the in-place path for plain batches (a quoted multi-line cell later in the file still goes through papaparse)', () => {
    // 300 plain rows, then a row whose station cell spans two lines inside quotes: the first
    // batches are plain, the last is not; both readers must agree and read every row.
    const rows = Array.from({ length: 300 }, (_v, i) => `2021-01-01,${i % 24},S${Math.floor(i / 24)},${i},1,2,3,0.5,4`);
    const text = ['date,hour,station,PM2.5,PM10,SO2,NO2,CO,O3', ...rows, '2021-01-02,0,"S\nX",7,1,2,3,0.5,4'].join('\n') + '\n';
    const ds = ingest(utf8(text), 997, { batchChars: 512 });
    expect(ds.files[0]!.rows).toBe(301);
    expectSame(utf8(text), 997, 512);
  });

  it('gives the same result for header-only, blank-only and header-less files', () => {
    for (const text of ['date,hour,station,PM2.5', 'date,hour,station,PM2.5\n', '\n\n \n', '\n', 'PM2.5,date\n1,2',
      '0,2019-12-01,优,29,40,11,29,4,17,0.34,52\n1,2019-12-02,优,26,20,9,24,2,22,0.33,41\n', '2021-03-15\n2021-03-16']) {
      expectSame(utf8(text), 1 << 20);
      expectSame(utf8(text), 3, 1);
    }
  });

  it('gives the same result on generated national wide files (370 site columns, 360 rows a day)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lantian-wide-'));
    try {
      const { files } = writeWideDaily(dir, { days: 2 });
      for (const f of files) {
        const bytes = new Uint8Array(readFileSync(f));
        expectSame(bytes, 1 << 20);
        expectSame(bytes, 65536, 5000);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the same result on every ingest fixture', () => {
    for (const f of readdirSync(path.resolve(import.meta.dirname, '../../../tests/fixtures/ingest'))) {
      const bytes = fixture(f);
      expectSame(bytes, 1 << 20);
      expectSame(bytes, 4099, 1000);
    }
  });
});

describeWithRealData('uci-beijing-multisite', 'plain-batch reader = papaparse reader on the real data', () => {
  it('gives the same result for every real data file (UCI, Taiyuan, tianqihoubao, aqistudy, station list)', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d)) {
        const p = path.join(d, e);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.csv$/i.test(e)) files.push(p);
      }
    };
    walk(realPath());
    expect(files.length).toBeGreaterThan(12);
    for (const f of files) expectSame(new Uint8Array(readFileSync(f)), 1 << 20);
  }, 120_000);
});
