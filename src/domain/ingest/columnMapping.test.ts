import { describe, expect, it } from 'vitest';
import { columnListOf, needsColumnMapping, parseColumnList, validateColumnMapping } from './columnMapping.ts';
import { columnPreview, guessColumnMapping, previewTable, tableShape } from './columnPreview.ts';
import { dailyRecords, gb18030, ingestText, issuesOf, utf8 } from '../../../tests/helpers/ingest.ts';

/** Two tianqihoubao rows with the columns reordered: date, AQI, PM10, PM2.5, SO2, NO2, O3, CO, category, rank, idx. */
const REORDERED_ROWS = [
  ['2019-12-01', '34', '34', '16', '15', '26', '52', '0.43', '优', '67', '0'],
  ['2019-12-03', '71', '94', '47', '41', '57', '24', '0.98', '良', '229', '2'],
  ['2019-12-06', '135', '155', '101', '33', '69', '8', '1.45', '轻度污染', '349', '5'],
];

describe('--columns lists', () => {
  it('reads one name per column in column order, with - and ignore skipping a column', () => {
    expect(parseColumnList('date,AQI,PM10,PM2.5,SO2,NO2,O3,CO,category,-,ignore')).toEqual({
      ok: true,
      mapping: { 0: 'date', 1: 'aqi', 2: 'PM10', 3: 'PM2.5', 4: 'SO2', 5: 'NO2', 6: 'O3_8h', 7: 'CO', 8: 'category', 9: 'ignore', 10: 'ignore' },
    });
  });

  it('reads the names as a header row: Chinese names, a city column, spaces and an empty item', () => {
    expect(parseColumnList('日期, 城市,首要污染物,,细颗粒物，臭氧8小时')).toEqual({
      ok: true, mapping: { 0: 'date', 1: 'area', 2: 'primary', 3: 'ignore', 4: 'PM2.5', 5: 'O3_8h' },
    });
  });

  it('takes an unqualified O3 as the daily 8-h maximum, or as the 1-h maximum when O3_8h is listed too', () => {
    const alone = parseColumnList('date,O3');
    const both = parseColumnList('date,O3_8h,O3');
    expect(alone.ok && alone.mapping[1]).toBe('O3_8h');
    expect(both.ok && both.mapping).toEqual({ 0: 'date', 1: 'O3_8h', 2: 'O3_1h' });
  });

  it('refuses an unknown name, naming it and its place, and lists the accepted names', () => {
    const r = parseColumnList('date,AQI,PM2.6');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.en).toContain('Unknown column name "PM2.6" (item 3)');
    expect(r.errors[0]!.en).toContain('O3_1h');
    expect(r.errors[0]!.zh).toContain('未知的列名“PM2.6”（第 3 项）');
  });

  it('refuses a known column name that a daily table cannot use (hour)', () => {
    const r = parseColumnList('date,hour,PM2.5');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]!.en).toContain('"hour" (item 2) is not a column a daily table can use');
  });

  it('writes a mapping back as the list that reads as it (the dialog shows the CLI equivalent)', () => {
    const mapping = { 0: 'ignore', 1: 'date', 2: 'area', 3: 'aqi', 4: 'PM2.5', 5: 'O3_1h', 6: 'O3_8h', 7: 'CO', 8: 'ignore' } as const;
    expect(columnListOf(mapping)).toBe('-,date,city,AQI,PM2.5,O3_1h,O3_8h,CO');
    expect(parseColumnList(columnListOf(mapping))).toEqual({ ok: true, mapping: { ...mapping, 8: undefined } });
  });

  it('refuses a list without a date column', () => {
    const r = parseColumnList('AQI,PM2.5');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((m) => m.en)).toEqual(['No date column: choose "date" for the column that holds the dates.']);
  });
});

describe('column mapping checks', () => {
  it('accepts a mapping with a date column and one value column', () => {
    expect(validateColumnMapping({ 0: 'date', 1: 'PM2.5' })).toEqual([]);
    expect(validateColumnMapping({ 0: 'ignore', 1: 'date', 2: 'aqi', 3: 'ignore' })).toEqual([]);
  });

  it('refuses a field given to two columns, naming the columns (1-based)', () => {
    const problems = validateColumnMapping({ 0: 'date', 1: 'PM2.5', 2: 'PM10', 3: 'PM2.5' });
    expect(problems.map((m) => m.en)).toEqual(['"PM2.5" is given to several columns (2, 4): each meaning can go to one column only.']);
  });

  it('refuses a mapping with nothing to compute from (only date, city and category)', () => {
    const problems = validateColumnMapping({ 0: 'date', 1: 'area', 2: 'category' });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.zh).toContain('没有 AQI 或污染物浓度列');
  });

  it('reports every problem at once (no date, and no value column)', () => {
    expect(validateColumnMapping({ 0: 'ignore', 1: 'category' })).toHaveLength(2);
  });

  it('makes the ingest refuse a given mapping that fails the checks, with the reason', () => {
    const ds = ingestText('x.csv', '2021-01-05,35,36\n', {}, { columnMapping: { 0: 'date', 1: 'PM2.5', 2: 'PM2.5' } });
    expect(ds.files[0]!.rejected).toBe(true);
    expect(issuesOf(ds, 'invalid-column-mapping')[0]!.message.en).toContain('"PM2.5" is given to several columns (2, 3)');
  });
});

describe('guessing and shapes of header-less tables', () => {
  it('guesses the date and category columns of a reordered tianqihoubao table and leaves the numbers to the user', () => {
    expect(guessColumnMapping(REORDERED_ROWS)).toEqual({ 0: 'date', 8: 'category' });
  });

  it('guesses a city column and a primary-pollutant column from their text', () => {
    const rows = [
      ['太原', '2021-01-05', '120', 'PM2.5'],
      ['太原', '2021-01-06', '45', ''],
      ['太原', '2021-01-07', '160', 'PM2.5,PM10'],
    ];
    expect(guessColumnMapping(rows)).toEqual({ 0: 'area', 1: 'date', 3: 'primary' });
  });

  it('gives tables laid out alike the same shape and a reordered one another', () => {
    const other = REORDERED_ROWS.map((r) => r.map((c) => (c === '优' ? '良' : c)));
    expect(tableShape(other)).toBe(tableShape(REORDERED_ROWS));
    expect(tableShape(REORDERED_ROWS.map((r) => [r[8]!, ...r.slice(0, 8), ...r.slice(9)]))).not.toBe(tableShape(REORDERED_ROWS));
    expect(tableShape(REORDERED_ROWS)).toMatch(/^11:/);
  });
});

describe('preview of a file for the mapping dialog', () => {
  it('decodes a GB18030 file and splits its rows into cells', () => {
    const bytes = gb18030('2019-12-01,34,优\r\n2019-12-06,135,轻度污染\r\n');
    expect(previewTable(bytes, true, 10)).toEqual({
      ok: true, encoding: 'gb18030', rows: [['2019-12-01', '34', '优'], ['2019-12-06', '135', '轻度污染']],
    });
  });

  it('reads tab-separated text, keeps at most maxRows and drops the record cut at the end of the head', () => {
    const p = previewTable(utf8('a\tb\n1\t2\n3\t4\n5\t'), false, 10);
    expect(p).toEqual({ ok: true, encoding: 'utf-8', rows: [['a', 'b'], ['1', '2'], ['3', '4']] });
    const two = previewTable(utf8('a\tb\n1\t2\n3\t4\n'), true, 2);
    expect(two.ok && two.rows).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('suggests a known layout\'s mapping, else the per-column guess, and shows only the first rows', () => {
    const reordered = columnPreview(utf8(REORDERED_ROWS.map((r) => r.join(',')).join('\n')), true, 2);
    expect(reordered).toMatchObject({ encoding: 'utf-8', suggestion: { 0: 'date', 8: 'category' }, shape: tableShape(REORDERED_ROWS) });
    expect(reordered?.rows).toEqual(REORDERED_ROWS.slice(0, 2));
    const tq = columnPreview(utf8('0,2019-12-01,优,34,67,16,34,15,26,0.43,52\n'), true, 5);
    expect(tq?.suggestion).toEqual({ 0: 'ignore', 1: 'date', 2: 'category', 3: 'aqi', 4: 'ignore', 5: 'PM2.5', 6: 'PM10', 7: 'SO2', 8: 'NO2', 9: 'CO', 10: 'O3_8h' });
    expect(columnPreview(new Uint8Array(0), true, 5)).toBeNull();
  });

  it('refuses a binary file with the decoder\'s reason', () => {
    const p = previewTable(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), true, 10);
    expect(p.ok).toBe(false);
    expect(!p.ok && p.message.en).toContain('Excel/ZIP');
  });
});

describe('files a mapping can read', () => {
  it('are header-less tables of an unknown layout and tables with unknown header names, not other refusals', () => {
    expect(needsColumnMapping(ingestText('x.csv', REORDERED_ROWS.map((r) => r.join(',')).join('\n')))).toBe(true);
    expect(needsColumnMapping(ingestText('x.csv', 'foo,bar\n1,2\n'))).toBe(true);
    expect(needsColumnMapping(ingestText('x.csv', 'PM2.5,PM10\n1,2\n'))).toBe(false); // no-date-column: a header was read
    expect(needsColumnMapping(ingestText('x.csv', '日期,PM2.5\n2021-01-05,35\n'))).toBe(false); // read
  });

  it('tell the user about the page\'s dialog and the CLI\'s --columns', () => {
    const ds = ingestText('x.csv', REORDERED_ROWS.map((r) => r.join(',')).join('\n'));
    const m = issuesOf(ds, 'needs-column-mapping')[0]!.message;
    expect(m.zh).toContain('“指定列含义”对话框');
    expect(m.zh).toContain('--columns');
    expect(m.en).toContain('"Map columns" dialog');
    expect(m.en).toContain('--columns date,AQI,PM2.5');
    const unknown = issuesOf(ingestText('y.csv', 'foo,bar\n1,2\n'), 'unknown-format')[0]!.message;
    expect(unknown.en).toContain('--columns');
  });

  it('reads the reordered rows with the mapping a user gives', () => {
    const parsed = parseColumnList('date,AQI,PM10,PM2.5,SO2,NO2,O3,CO,category,-,-');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const ds = ingestText('t.csv', REORDERED_ROWS.map((r) => r.join(',')).join('\n'), {}, { columnMapping: parsed.mapping });
    expect(dailyRecords(ds)[0]).toEqual({
      area: 't', date: '2019-12-01', values: { 'PM2.5': 16, PM10: 34, SO2: 15, NO2: 26, CO: 0.43, O3_8h: 52 }, published: { aqi: 34, category: '优' },
    });
  });
});
