import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

describe('CSV writer (RFC 4180, UTF-8 BOM, CRLF, OWASP CSV-injection guard)', () => {
  it('csvCell: quotes, doubles quotes, neutralises = + - @ text but keeps negative numbers', () => {
    expect(csvCell('a"b')).toBe('"a""b"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-cmd')).toBe("'-cmd");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(null)).toBe('');
  });
  it('csvCell: a leading tab or carriage return is neutralised and quoted; non-finite numbers are empty', () => {
    // '\t1' → "'\t1" (apostrophe first), then it needs no quotes (no comma/quote/newline, no leading space)
    expect(csvCell('\t1')).toBe("'\t1");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell(' a')).toBe('" a"');
    expect([csvCell(NaN), csvCell(Infinity), csvCell(true), csvCell(undefined)]).toEqual(['', '', 'true', '']);
  });
  it('toCsv: BOM first, CRLF line ends (also after the last row), quoted newlines and commas', () => {
    expect(toCsv(['a'], [['x\ny']])).toBe('\uFEFFa\r\n"x\ny"\r\n');
    expect(toCsv(['城市', 'v'], [['太原,晋中', 54.2]])).toBe('\uFEFF城市,v\r\n"太原,晋中",54.2\r\n');
  });
  it('imports no Node or DOM API (it runs in the worker, the page and the CLI)', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('./csv.ts', import.meta.url), 'utf8');
    expect(text).not.toMatch(/from ['"]node:|\bdocument\.|\bwindow\./);
  });
});
