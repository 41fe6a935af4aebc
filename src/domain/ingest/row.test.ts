/**
 * The in-place reader of plain batches must read exactly what the papaparse cells give:
 * `parseDecimal` is bit-identical to `Number` whenever it answers, and every `Row` accessor on a
 * split line equals the same accessor on the cells `line.split(delimiter)` (quotes around plain
 * fields removed), for random lines of numbers, markers, blanks, signs, exponents and CJK text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Row } from './row.ts';
import { parseDecimal } from './values.ts';

const RUNS = Number(process.env.LANTIAN_FUZZ_RUNS ?? 2000);

function pd(s: string): number {
  return parseDecimal(s, 0, s.length);
}

/** A string made of the characters of decimal numbers (and some that are not). */
const decimalish = fc.array(fc.constantFrom('0', '1', '2', '5', '7', '9', '.', '-', '+', 'e', 'E'), { maxLength: 24 }).map((a) => a.join(''));

/** sign? digits ('.' digits)? (e sign? digits)? — always a valid JS numeric string. */
const decimal = fc.record({
  sign: fc.constantFrom('', '-', '+'),
  int: fc.stringMatching(/^[0-9]{0,18}$/),
  frac: fc.option(fc.stringMatching(/^[0-9]{0,24}$/), { nil: undefined }),
  exp: fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '-', '+'), fc.integer({ min: 0, max: 40 })), { nil: undefined }),
}).map(({ sign, int, frac, exp }) => `${sign}${int}${frac !== undefined ? '.' + frac : ''}${exp ? exp[0] + exp[1] + exp[2] : ''}`);

describe('parseDecimal', () => {
  it('reads plain decimals exactly like Number (hand-picked)', () => {
    // 0.1 + 0.2 style values whose nearest doubles are famous; -0 keeps its sign like Number('-0')
    expect(pd('0.1')).toBe(0.1);
    expect(pd('35')).toBe(35);
    expect(pd('1.084')).toBe(1.084);
    expect(pd('-99')).toBe(-99);
    expect(pd('.5')).toBe(0.5);
    expect(pd('5.')).toBe(5);
    expect(pd('1e3')).toBe(1000);
    expect(pd('2.5E-3')).toBe(0.0025);
    expect(Object.is(pd('-0'), -0)).toBe(true);
    expect(pd('007')).toBe(7); // leading zeros are not octal
    expect(pd('123456789012345')).toBe(123456789012345); // 15 significant digits: still exact
  });

  it('answers NaN (caller falls back to Number) for anything else', () => {
    for (const s of ['', '.', '-', '+', '1e', '1e+', 'e5', '1.2.3', '--5', ' 5', '5 ', '0x1F', '0b11', 'Infinity', 'NaN', 'NA', '1,5',
      '1e400', '1234567890123456', '1e99999']) {
      expect(pd(s), s).toBeNaN();
    }
  });

  it('is bit-identical to Number() whenever it answers (random decimal strings)', () => {
    fc.assert(fc.property(fc.oneof(decimal, decimalish), (s) => {
      const v = pd(s);
      if (v === v) expect(Object.is(v, Number(s)), `${s}: ${v} vs ${Number(s)}`).toBe(true);
    }), { numRuns: RUNS * 5 });
  });

  it('is bit-identical to Number() on the shortest and fixed-point spellings of random doubles', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 12 }), (x, k) => {
      for (const s of [String(x), x.toFixed(k), x.toPrecision(k + 1), x.toExponential(k)]) {
        const v = pd(s);
        if (v === v) expect(Object.is(v, Number(s)), s).toBe(true);
      }
    }), { numRuns: RUNS * 2 });
  });

  it('answers (no fallback) for every decimal of at most 15 significant digits and 22 decimals', () => {
    fc.assert(fc.property(fc.stringMatching(/^[1-9][0-9]{0,7}$/), fc.stringMatching(/^[0-9]{0,7}$/), fc.constantFrom('', '-'), (i, f, sign) => {
      const s = `${sign}${i}${f ? '.' + f : ''}`;
      expect(Object.is(pd(s), Number(s)), s).toBe(true);
    }), { numRuns: RUNS });
  });
});

const cellText = fc.oneof(
  decimal,
  fc.constantFrom('', ' ', '\u3000', 'NA', 'NaN', '—', '-', '-99', '-5', ' 35 ', '35\t', '\uFEFF12', '8时', '24', '0x1F', '1e400',
    '尖草坪', ' 小店 ', 'NNW', '2021-01-05', '20210105', '1,5'.replace(',', ';')),
  fc.string({ maxLength: 6 }).filter((s) => !/[,\n"]/.test(s)),
);

describe('Row', () => {
  it('gives on a split line what it gives on the papaparse cells (get, num, conc, hour, eq, trimmedEq, trimmedHash, blank)', () => {
    fc.assert(fc.property(fc.array(fc.tuple(cellText, fc.boolean()), { minLength: 1, maxLength: 12 }), fc.string({ maxLength: 4 }), (fields, probe) => {
      // a quoted field is written "x"; its cell is x (what papaparse gives once plain quotes are removed)
      const line = fields.map(([c, q]) => (q ? `"${c}"` : c)).join(',');
      const cells = fields.map(([c]) => c);
      const text = `pre\n${line}\npost`;
      const a = new Row();
      const nl = a.splitLine(text, 4, text.length, 44);
      expect(nl).toBe(4 + line.length);
      const b = new Row().setCells(cells);
      // the same line read from its UTF-8 bytes (numbers parsed in the splitting scan)
      const bytes = new TextEncoder().encode(text), from = new TextEncoder().encode('pre\n').length;
      const u = new Row();
      expect(u.splitBytes(bytes, from, bytes.length, 44)).toBe(bytes.length - new TextEncoder().encode('\npost').length);
      expect(u.length).toBe(b.length);
      expect(u.blank()).toBe(b.blank());
      expect(u.cells()).toEqual(cells);
      expect(a.length).toBe(b.length);
      expect(a.blank()).toBe(b.blank());
      expect(a.cells()).toEqual(cells);
      for (let i = 0; i <= cells.length + 1; i++) {
        const c = cells[i] ?? '';
        expect(a.get(i)).toBe(c);
        expect(Object.is(a.num(i), b.num(i)), `num ${JSON.stringify(c)}`).toBe(true);
        expect(Object.is(a.conc(i), b.conc(i)), `conc ${JSON.stringify(c)}`).toBe(true);
        expect(Object.is(a.hour(i), b.hour(i)), `hour ${JSON.stringify(c)}`).toBe(true);
        expect(a.trimmedHash(i)).toBe(b.trimmedHash(i));
        expect(a.trimmedHash(i)).toBe(new Row().setCells([c.trim()]).trimmedHash(0));
        expect(u.get(i)).toBe(c);
        expect(Object.is(u.num(i), b.num(i)), `bytes num ${JSON.stringify(c)}`).toBe(true);
        expect(Object.is(u.conc(i), b.conc(i)), `bytes conc ${JSON.stringify(c)}`).toBe(true);
        expect(Object.is(u.hour(i), b.hour(i)), `bytes hour ${JSON.stringify(c)}`).toBe(true);
        expect(u.trimmedHash(i)).toBe(b.trimmedHash(i));
        for (const s of [c, c.trim(), probe, null]) {
          expect(a.eq(i, s)).toBe(b.eq(i, s));
          expect(a.trimmedEq(i, s)).toBe(b.trimmedEq(i, s));
          expect(u.eq(i, s)).toBe(b.eq(i, s));
          expect(u.trimmedEq(i, s)).toBe(b.trimmedEq(i, s));
        }
      }
    }), { numRuns: RUNS });
  });

  it('reads a line with more than 64 fields and the last line without a newline', () => {
    const line = Array.from({ length: 200 }, (_v, i) => String(i)).join(',');
    const r = new Row();
    expect(r.splitLine(line, 0, line.length, 44)).toBe(line.length);
    expect(r.length).toBe(200);
    expect(r.num(199)).toBe(199);
    expect(r.get(200)).toBe('');
  });
});
