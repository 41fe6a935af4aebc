/**
 * Rows read from their UTF-8 bytes (`Row.splitBytes`, used by the long station-hourly reader):
 * plain decimals are parsed in the scan that splits the row, everything else is read from the
 * cell's text, so every number and every issue is what the text reader gives. Expected values are
 * worked by hand; ill-formed UTF-8 is checked against `TextDecoder` (what the record stream uses).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Row } from './row.ts';
import { CELL_MISSING, CELL_NEGATIVE, CELL_TEXT } from './values.ts';
import { decodeRange, stringHash, trimEnd, trimStart, utf8Equals, utf8Hash } from './utf8.ts';
import { gb18030, hourlyRecords, ingestText, issuesOf, opts } from '../../../tests/helpers/ingest.ts';
import { ingestBytes } from './ingestFile.ts';

const enc = (s: string) => new TextEncoder().encode(s);

/** A row read from the bytes of `line`. */
function byteRow(line: string): Row {
  const b = enc(line);
  const r = new Row();
  expect(r.splitBytes(b, 0, b.length, 44)).toBe(b.length);
  return r;
}

describe('byte rows: numbers parsed while splitting', () => {
  it('signs, a leading or trailing point, leading zeros: the value Number gives', () => {
    const r = byteRow('-5,+7,.5,5.,007,0.000123,-0,12.50,-99,123456789012345');
    expect(r.num(0)).toBe(-5);
    expect(r.conc(0)).toBe(CELL_NEGATIVE); // a negative concentration, not a sentinel
    expect(r.num(1)).toBe(7);
    expect(r.conc(1)).toBe(7);
    expect(r.num(2)).toBe(0.5);
    expect(r.num(3)).toBe(5);
    expect(r.hour(3)).toBe(5); // '5.' is the integer 5
    expect(r.num(4)).toBe(7); // not octal
    expect(r.num(5)).toBe(0.000123); // 123 / 10^6, one correctly rounded division
    expect(Object.is(r.num(6), -0)).toBe(true);
    expect(r.conc(6)).toBe(0); // '-0' is the value zero (readNumber('-0') → 0)
    expect(r.num(7)).toBe(12.5);
    expect(r.conc(8)).toBe(CELL_MISSING); // -99: a logger's "no value"
    expect(r.num(9)).toBe(123456789012345); // 15 significant digits: still read in the scan
  });

  it('exponents, long mantissas and text fall back to the text reader', () => {
    const r = byteRow('1e3,2.5E-3,1234567890123456789,1e400,0x1F,--5,5-,.,-,abc');
    expect(r.num(0)).toBe(1000);
    expect(r.conc(1)).toBe(0.0025);
    expect(r.num(2)).toBe(1234567890123456800); // Number('1234567890123456789'): the nearest double
    expect(r.conc(3)).toBe(Infinity); // Number('1e400'); readConc then reports it as impossible
    expect(r.conc(4)).toBe(CELL_TEXT); // hexadecimal is text, not 31
    expect(r.conc(5)).toBe(CELL_TEXT);
    expect(r.conc(6)).toBe(CELL_TEXT);
    expect(r.conc(7)).toBe(CELL_TEXT);
    expect(r.conc(8)).toBe(CELL_MISSING); // '-' is a missing marker
    expect(r.num(9)).toBeNaN();
  });

  it('empty, quoted, padded cells and missing markers', () => {
    const r = byteRow(',"12","NNW", 35 ,NA,—,\u300012\u3000,"",24,25,8时');
    expect(r.num(0)).toBe(0); // Number('')
    expect(r.conc(0)).toBe(CELL_MISSING);
    expect(r.hour(0)).toBe(-1);
    expect(r.get(1)).toBe('12'); // quotes around a plain field removed
    expect(r.conc(1)).toBe(12);
    expect(r.get(2)).toBe('NNW');
    expect(r.conc(2)).toBe(CELL_TEXT);
    expect(r.conc(3)).toBe(35); // Number trims the spaces
    expect(r.trimmed(3)).toBe('35');
    expect(r.conc(4)).toBe(CELL_MISSING);
    expect(r.conc(5)).toBe(CELL_MISSING); // the em dash '—' (3 bytes)
    expect(r.conc(6)).toBe(12); // ideographic spaces are white space for Number and trim
    expect(r.trimmedEq(6, '12')).toBe(true);
    expect(r.get(7)).toBe('');
    expect(r.hour(8)).toBe(24);
    expect(r.hour(9)).toBe(-1);
    expect(r.hour(10)).toBe(8);
    expect(r.length).toBe(11);
    expect(r.get(11)).toBe('');
    expect(r.conc(11)).toBe(CELL_MISSING);
  });

  it('a row ends at LF; a row of blanks and delimiters is blank', () => {
    const b = enc('1,2\n \t, \u3000\n');
    const r = new Row();
    expect(r.splitBytes(b, 0, b.length, 44)).toBe(3);
    expect([r.num(0), r.num(1), r.length]).toEqual([1, 2, 2]);
    expect(r.blank()).toBe(false);
    expect(r.splitBytes(b, 4, b.length, 44)).toBe(b.length - 1);
    expect(r.blank()).toBe(true);
  });

  it('station names compared, trimmed and hashed as their UTF-16 text', () => {
    const r = byteRow(' 尖草坪 ,\u00a0小店,𝔸B');
    expect(r.trimmedEq(0, '尖草坪')).toBe(true);
    expect(r.eq(0, '尖草坪')).toBe(false);
    expect(r.trimmedHash(0)).toBe(stringHash('尖草坪'));
    expect(r.trimmed(1)).toBe('小店'); // U+00A0 is trimmed
    expect(r.trimmedEq(2, '𝔸B')).toBe(true); // a supplementary character: two UTF-16 units
    expect(r.trimmedHash(2)).toBe(stringHash('𝔸B'));
  });
});

describe('UTF-8 ranges: what the decoded text gives, ill-formed bytes included', () => {
  const dec = new TextDecoder('utf-8', { ignoreBOM: true });
  it('equals, trims and hashes like TextDecoder then the string operation (random bytes)', () => {
    const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x20, 0xc2, 0xa0, 0xe3, 0x80, 0xe2, 0x80, 0xa8, 0xef, 0xbb, 0xbf, 0xf0, 0x9d, 0x94, 0xb8));
    fc.assert(fc.property(fc.array(byte, { maxLength: 12 }), fc.string({ maxLength: 4 }), (arr, probe) => {
      const b = new Uint8Array(arr), t = dec.decode(b);
      expect(decodeRange(b, 0, b.length)).toBe(t);
      expect(utf8Equals(b, 0, b.length, t)).toBe(true);
      expect(utf8Equals(b, 0, b.length, probe)).toBe(t === probe);
      const a = trimStart(b, 0, b.length), e = trimEnd(b, a, b.length);
      expect(dec.decode(b.subarray(a, e))).toBe(t.trim());
      expect(utf8Hash(b, 0, b.length)).toBe(stringHash(t));
    }), { numRuns: 3000 });
  });

  it('a BOM inside a cell is kept (U+FEFF is trimmed, not dropped by the decoder)', () => {
    const b = new Uint8Array([0xef, 0xbb, 0xbf, 0x31, 0x32]);
    expect(decodeRange(b, 0, 5)).toBe('\uFEFF12');
    expect(trimStart(b, 0, 5)).toBe(3);
  });
});

describe('long station-hourly files read as bytes', () => {
  const header = 'date,hour,station,PM2.5,PM10,SO2,NO2,CO,O3';
  it('CRLF line ends: the values of each row, no CR left in the last cell', () => {
    const ds = ingestText('s.csv', `${header}\r\n2021-01-05,0,A,35,60,12,40,0.8,20\r\n2021-01-05,1,A,.5,+7,-0,5.,1e1,"21"\r\n`);
    expect(ds.files[0]!.format).toBe('station-hourly-long');
    // SO2 NO2 PM10 PM2.5 CO O3 (mg/m³ for CO: 0.8 and 10 are read as mg/m³ by magnitude)
    expect(hourlyRecords(ds)).toEqual(['A 2021-01-05 00 12 40 60 35 0.8 20', 'A 2021-01-05 01 0 5 7 0.5 10 21']);
    expect(ds.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('empty cells and markers counted as missing, text and negatives reported with row and column', () => {
    const ds = ingestText('s.csv', `${header}\n2021-01-05,0,A,,NA,abc,-3,0.5,-99\n`);
    expect(hourlyRecords(ds)).toEqual(['A 2021-01-05 00 — — — — 0.5 —']);
    expect(issuesOf(ds, 'non-numeric').map((i) => [i.row, i.column, i.message.en])).toEqual([[2, 'SO2', 'Row 2, SO2: not a number ("abc"); excluded']]);
    expect(issuesOf(ds, 'negative-value').map((i) => [i.row, i.column])).toEqual([[2, 'NO2']]);
    expect(issuesOf(ds, 'missing-value').map((i) => [i.column, i.count])).toEqual([['PM2.5', 1], ['PM10', 1], ['O3', 1]]);
  });

  it('a GB18030 file, decoded and read as UTF-8 bytes: Chinese station names and values', () => {
    const text = 'date,hour,站点,PM2.5,PM10,SO2,NO2,CO,O3\r\n2021-01-05,0,尖草坪,35,60,12,40,0.8,20\r\n2021-01-05,0, 小店 ,40,.5,15,45,1.1,18\r\n2021-01-05,1,尖草坪,36,61,13,41,0.9,21\r\n';
    const ds = ingestBytes('zh.csv', gb18030(text), opts());
    expect(ds.files[0]!.encoding).toBe('gb18030');
    expect(ds.files[0]!.format).toBe('station-hourly-long');
    expect(hourlyRecords(ds)).toEqual([
      '小店 2021-01-05 00 15 45 0.5 40 1.1 18',
      '尖草坪 2021-01-05 00 12 40 60 35 0.8 20',
      '尖草坪 2021-01-05 01 13 41 61 36 0.9 21',
    ]);
  });
});
