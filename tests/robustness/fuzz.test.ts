/**
 * Property tests (fast-check) of the ingest on arbitrary input: random bytes and random CSV-like
 * text built from header tokens, delimiters, quotes, line endings, numbers, missing markers, dates
 * and hostile strings. For every input: no exception escapes, the result is records plus issues
 * (a refused file carries an error issue with a zh and an en message), no stored value is
 * impossible (Infinity, negative, > 10000 µg/m³, CO > 150 mg/m³), and streaming the same bytes in
 * any chunk split with any batch size gives exactly the one-shot result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStreamingIngest, ingestBytes } from '../../src/domain/ingest/ingestFile.ts';
import { DEFAULT_SETTINGS } from '../../src/domain/types.ts';
import type { Dataset } from '../../src/domain/types.ts';
import { impossibleValues, snapshot } from './check.ts';
import { HOSTILE } from './fixtures.ts';

const opts = { settings: DEFAULT_SETTINGS };
const RUNS = Number(process.env.LANTIAN_FUZZ_RUNS ?? 300);

/** Everything a user could see or the core could compute from, in comparable form. */
function observable(ds: Dataset): unknown {
  return { records: snapshot(ds), files: ds.files, issues: ds.issues, indicators: [...ds.dailyIndicators].map(([a, s]) => [a, [...s].sort()]) };
}

function checkInvariants(ds: Dataset, name: string): void {
  expect(ds.files).toHaveLength(1);
  const f = ds.files[0]!;
  expect(f.name).toBe(name);
  expect(impossibleValues(ds)).toEqual([]);
  for (const i of ds.issues) {
    expect(i.file).toBe(name);
    expect(['error', 'warning', 'info']).toContain(i.severity);
    expect(i.code).toMatch(/^[a-z0-9-]+$/);
    expect(i.message.zh.length).toBeGreaterThan(0);
    expect(i.message.en.length).toBeGreaterThan(0);
  }
  if (f.rejected) {
    expect(ds.issues.some((i) => i.severity === 'error')).toBe(true);
  } else {
    expect(f.rowsUsed).toBeGreaterThan(0);
  }
  expect(f.rowsUsed).toBeLessThanOrEqual(f.rows);
}

function streamed(name: string, bytes: Uint8Array, cuts: number[], batchChars: number): Dataset {
  const s = createStreamingIngest(name, bytes.length, { ...opts, batchChars });
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  let at = 0;
  for (const p of points) { s.push(bytes.subarray(at, p)); at = p; }
  s.push(bytes.subarray(at));
  return s.finish();
}

// --- CSV-like text --------------------------------------------------------------------------

const headerToken = fc.constantFrom(
  'date', 'hour', 'station', 'station_code', 'city', 'type', 'PM2.5', 'PM10', 'SO2', 'NO2', 'CO', 'O3', 'O3_8h', 'AQI',
  '日期', '小时', '站点', '城市', '质量等级', 'CO(μg/m³)', 'CO(mg/m3)', 'year', 'month', 'day', '1001A', '1002A', 'No',
  '', 'foo', HOSTILE.script, HOSTILE.img, HOSTILE.formula,
);
const numberToken = fc.oneof(
  fc.double({ noNaN: false }).map(String),
  fc.integer({ min: -100000, max: 1_000_000 }).map(String),
  fc.constantFrom('0', '0.5', '1200', '999999', '-99', '-1', '1e400', 'Infinity', '-Infinity', 'NaN', '0x1F', '1,5', ' 35 ', '.5', '5.'),
);
const markerToken = fc.constantFrom('NA', 'N/A', '—', '-', '--', '', 'null', '缺测', '无', '/');
const dateToken = fc.oneof(
  fc.tuple(fc.integer({ min: 1890, max: 2210 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: -1, max: 25 }))
    .map(([y, m, d, h]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}${h >= 0 ? ` ${h}:00` : ''}`),
  fc.constantFrom('2021/1/5', '20210105', '2021-01-05 00:00', '2021-02-30', '2021年1月5日', '2021-01-05T08:00', '24', '0', '23', '1.5'),
);
const textToken = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('尖草坪', '上兰(对照点)', 'PM2.5', 'PM_X', 'AQI', HOSTILE.script, HOSTILE.img, HOSTILE.formula));
const quoteToken = fc.constantFrom('"', '""', '"a,b"', '"x\ny"', '"\r\n"');
const delimiter = fc.constantFrom(',', '\t', ';');
const newline = fc.constantFrom('\n', '\r\n', '\r');

/** A table: a header line of known tokens, then rows of cells drawn from the token kinds above. */
const csvLike = fc
  .record({
    header: fc.array(headerToken, { minLength: 0, maxLength: 12 }),
    rows: fc.array(fc.array(fc.oneof(numberToken, markerToken, dateToken, textToken, quoteToken), { maxLength: 14 }), { maxLength: 30 }),
    delim: delimiter,
    nl: newline,
    mixNl: fc.boolean(),
    trailingNl: fc.boolean(),
    bom: fc.constantFrom('', '\uFEFF'),
  })
  .map(({ header, rows, delim, nl, mixNl, trailingNl, bom }) => {
    const lines = [header.join(delim), ...rows.map((r) => r.join(delim))];
    let text = '';
    lines.forEach((l, i) => { text += l + (i < lines.length - 1 || trailingNl ? (mixNl && i % 2 ? '\r\n' : nl) : ''); });
    return bom + text;
  });

/** Well-formed long-layout rows (so that valid records flow through, not only rejections). */
const longTable = fc
  .array(
    fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 24 }),
      station: fc.constantFrom('1081A', '1082A', '上兰', HOSTILE.img),
      vals: fc.array(fc.oneof(numberToken, markerToken), { minLength: 6, maxLength: 6 }),
    }),
    { minLength: 1, maxLength: 60 },
  )
  .chain((rows) => fc.tuple(fc.constant(rows), newline, fc.constantFrom(',', '\t', ';')))
  .map(([rows, nl, d]) => {
    const q = (c: string) => (c.includes(d) || c.includes('"') || c.includes('\n') || c.includes('\r') ? `"${c.replace(/"/g, '""')}"` : c);
    const head = ['date', 'hour', 'station', 'PM2.5', 'PM10', 'SO2', 'NO2', 'CO', 'O3'].join(d);
    return [head, ...rows.map((r) => [`2021-02-${String(r.day).padStart(2, '0')}`, String(r.hour), r.station, ...r.vals].map(q).join(d))].join(nl) + nl;
  });

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('ingest on arbitrary input', () => {
  it('random bytes: never throws, refuses or reads with issues, stores nothing impossible', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        checkInvariants(ingestBytes('random.csv', bytes, opts), 'random.csv');
      }),
      { numRuns: RUNS },
    );
  });

  it('random CSV-like text (tokens, delimiters, quotes, CR/LF, numbers, markers, hostile text): invariants hold', () => {
    fc.assert(
      fc.property(csvLike, (text) => {
        checkInvariants(ingestBytes('csvlike.csv', utf8(text), opts), 'csvlike.csv');
      }),
      { numRuns: RUNS },
    );
  });

  it('random long-layout tables with odd values (sentinels, 1e400, hour 24, hostile names): invariants hold', () => {
    fc.assert(
      fc.property(longTable, (text) => {
        const ds = ingestBytes('long.csv', utf8(text), opts);
        checkInvariants(ds, 'long.csv');
      }),
      { numRuns: RUNS },
    );
  });

  it('streaming in any chunk split and batch size equals one-shot ingest (bytes, CSV-like and long tables)', () => {
    const input = fc.oneof(fc.uint8Array({ maxLength: 2000 }), csvLike.map(utf8), longTable.map(utf8), longTable.map((t) => {
      // UTF-16LE with BOM: chunk cuts fall inside code units too.
      const out = new Uint8Array(2 + t.length * 2);
      out[0] = 0xff; out[1] = 0xfe;
      for (let i = 0; i < t.length; i++) { out[2 + 2 * i] = t.charCodeAt(i) & 0xff; out[3 + 2 * i] = t.charCodeAt(i) >> 8; }
      return out;
    }));
    fc.assert(
      fc.property(input, fc.array(fc.nat(), { maxLength: 12 }), fc.integer({ min: 1, max: 300 }), (bytes, cuts, batch) => {
        const one = ingestBytes('s.csv', bytes, opts);
        const many = streamed('s.csv', bytes, cuts, batch);
        expect(observable(many)).toEqual(observable(one));
      }),
      { numRuns: RUNS },
    );
  });

  it('streaming past the 64 KB sniff window with random cuts equals one-shot ingest', () => {
    fc.assert(
      fc.property(longTable, fc.integer({ min: 200, max: 400 }), fc.array(fc.nat(), { maxLength: 20 }), fc.integer({ min: 1, max: 5000 }), (table, repeat, cuts, batch) => {
        // Repeat a random table past 64 KB so the decoder, the cut and the batches all stream.
        const bytes = utf8(table.repeat(repeat));
        const one = ingestBytes('big.csv', bytes, opts);
        const many = streamed('big.csv', bytes, cuts.map((c) => c * 7919), batch);
        expect(observable(many)).toEqual(observable(one));
      }),
      { numRuns: Math.max(10, Math.floor(RUNS / 15)) },
    );
  });
});
