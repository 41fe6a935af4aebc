import { describe, expect, it } from 'vitest';
import { dayNumber } from '../calendar.ts';
import { ugToMg } from './ingestFile.ts';
import { headerKey, readHeader } from './headers.ts';
import { hourlyRecords, ingestText, issuesOf } from '../../../tests/helpers/ingest.ts';
import { CELL_MISSING, CELL_NEGATIVE, CELL_TEXT, DT_INVALID, DT_NOT_A_DATE, DT_OK, parseDateTime, readNumber } from './values.ts';

const HEAD = 'date,hour,station,PM2.5,PM10,SO2,NO2,CO,O3\n';

describe('ingest: cell readers', () => {
  it.each(['', ' ', 'NA', 'NaN', 'nan', '—', '-', '--', 'null', 'NULL', '-99', '-999', '-9999', '-999.0'])(
    'reads %j as missing', (cell) => expect(readNumber(cell)).toBe(CELL_MISSING));

  it('reads other negatives as negative, words as text, numbers at full precision', () => {
    expect(readNumber('-5')).toBe(CELL_NEGATIVE);
    expect(readNumber('-0.1')).toBe(CELL_NEGATIVE);
    expect(readNumber('abc')).toBe(CELL_TEXT);
    expect(readNumber('12ug')).toBe(CELL_TEXT);
    expect(readNumber(' 12.345 ')).toBe(12.345);
    expect(readNumber('0')).toBe(0);
  });

  it.each([
    ['2021-01-05', -1], ['2021/1/5', -1], ['20210105', -1], ['2021年1月5日', -1], ['2021.01.05', -1],
    ['2021-01-05 00:00', 0], ['2021/1/5 0:00', 0], ['2021-01-05 13:00:00', 13], ['2021-01-05T07:00', 7],
  ])('reads the date %j as 2021-01-05 (hour %i)', (cell, hour) => {
    const out = { day: 0, hour: -1, year: 0, month: 0, dayOfMonth: 0 };
    expect(parseDateTime(cell, out)).toBe(DT_OK);
    expect(out.day).toBe(dayNumber(2021, 1, 5));
    expect(out.hour).toBe(hour);
  });

  it('tells impossible dates (2021-02-30, month 13, 00:30) from text that is not a date', () => {
    const out = { day: 0, hour: -1, year: 0, month: 0, dayOfMonth: 0 };
    expect(parseDateTime('2021-02-30', out)).toBe(DT_INVALID);
    expect(parseDateTime('2021-13-01', out)).toBe(DT_INVALID);
    expect(parseDateTime('2021-01-05 00:30', out)).toBe(DT_INVALID);
    expect(parseDateTime('2020-02-29', out)).toBe(DT_OK); // leap year
    expect(parseDateTime('yesterday', out)).toBe(DT_NOT_A_DATE);
  });

  it('recognises header spellings of the same pollutant and the unit written in the header', () => {
    for (const h of ['PM2.5', 'PM2_5', 'pm25', '细颗粒物', 'PM2.5(μg/m³)', 'ＰＭ２．５']) expect(readHeader(h).field).toBe('PM2.5');
    for (const h of ['SO2', '二氧化硫', 'SO₂']) expect(readHeader(h).field).toBe('SO2');
    for (const h of ['O3_8h', '臭氧8小时', 'O3-8H']) expect(readHeader(h).field).toBe('O3_8h');
    expect(headerKey('CO(mg/m3)')).toEqual({ key: 'co', unit: 'mg/m3' });
    expect(headerKey('一氧化碳（µg/m³）')).toEqual({ key: '一氧化碳', unit: 'ug/m3' });
  });

  it('converts µg/m³ to mg/m³ without binary noise (300 → 0.3, 1234.5678 → 1.234568)', () => {
    expect(ugToMg(300)).toBe(0.3);
    expect(ugToMg(700)).toBe(0.7);
    expect(ugToMg(1234.5678)).toBe(1.234568);
  });
});

describe('ingest: missing and impossible values', () => {
  it('gives one aggregated info issue per column for missing markers, with count and the first rows', () => {
    const rows = ['NA', 'NaN', '', '—', '-', '--', 'null', '-99', '-999', '-9999', 'NA', 'NA'];
    const text = HEAD + rows.map((m, i) => `2021-01-05,${i},A,${m},10,1,1,0.5,1`).join('\n') + '\n';
    const ds = ingestText('m.csv', text);
    const miss = issuesOf(ds, 'missing-value');
    expect(miss).toHaveLength(1);
    expect(miss[0]).toMatchObject({ severity: 'info', column: 'PM2.5', count: 12, row: 2, rows: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11] });
    expect(ds.files[0]!.rowsUsed).toBe(12);
    expect(hourlyRecords(ds).every((r) => r.split(' ')[6] === '—')).toBe(true); // PM2.5 is the 4th value
  });

  it('flags negatives, text and impossible values as warnings with row and column, and never keeps them', () => {
    const ds = ingestText('bad.csv', HEAD +
      '2021-01-05,0,A,-5,10,1,1,0.5,1\n' + // line 2: negative PM2.5
      '2021-01-05,1,A,35,abc,1,1,0.5,1\n' + // line 3: text PM10
      '2021-01-05,2,A,35,999999,1,1,0.5,1\n' + // line 4: PM10 > 10000 µg/m³
      '2021-01-05,3,A,35,10,1,1,200,1\n' + // line 5: CO 200 > 150 mg/m³ (median of CO 0.5 → mg/m³)
      '2021-01-05,4,A,35,10,1,1,0.5,1\n');
    expect(issuesOf(ds, 'negative-value')[0]).toMatchObject({ severity: 'warning', row: 2, column: 'PM2.5' });
    expect(issuesOf(ds, 'non-numeric')[0]).toMatchObject({ severity: 'warning', row: 3, column: 'PM10' });
    const imp = issuesOf(ds, 'impossible-value');
    expect(imp.map((i) => [i.column, i.row])).toEqual([['PM10', 4], ['CO', 5]]);
    expect(hourlyRecords(ds)).toEqual([
      'A 2021-01-05 00 1 1 10 — 0.5 1',
      'A 2021-01-05 01 1 1 — 35 0.5 1',
      'A 2021-01-05 02 1 1 — 35 0.5 1',
      'A 2021-01-05 03 1 1 10 35 — 1',
      'A 2021-01-05 04 1 1 10 35 0.5 1',
    ]);
  });

  it('aggregates 5,000 bad cells into one issue (count 5000, 10 example rows)', () => {
    const lines = [HEAD.trim()];
    for (let i = 0; i < 5000; i++) lines.push(`2021-01-${String(1 + Math.floor(i / 24) % 28).padStart(2, '0')},${i % 24},S${Math.floor(i / 672)},-5,10,1,1,0.5,1`);
    const ds = ingestText('many.csv', lines.join('\n'));
    const neg = issuesOf(ds, 'negative-value');
    expect(neg).toHaveLength(1);
    expect(neg[0]!.count).toBe(5000);
    expect(neg[0]!.rows).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(neg[0]!.message.zh).toContain('共 5000 处');
  });
});

describe('ingest: CO unit', () => {
  const rows = (co: string[]) => HEAD + co.map((c, i) => `2021-01-05,${i},A,35,60,5,30,${c},50`).join('\n') + '\n';

  it('takes CO as µg/m³ when the median exceeds 20, converts to mg/m³ and says so', () => {
    const ds = ingestText('co.csv', rows(['300', '700', '1200', '15']));
    expect(ds.files[0]!.coUnit).toEqual({ unit: 'ug/m3', how: 'magnitude' });
    expect(hourlyRecords(ds).map((r) => r.split(' ')[7])).toEqual(['0.3', '0.7', '1.2', '0.015']);
    const note = issuesOf(ds, 'co-unit');
    expect(note).toHaveLength(1);
    expect(note[0]!.severity).toBe('info');
    expect(note[0]!.message.zh).toContain('CO 单位识别为 µg/m³');
    expect(note[0]!.message.zh).toContain('已换算为 mg/m³');
  });

  it('keeps CO as mg/m³ when the median is small (0.3, 0.7, 1.2, 25 → median 0.95)', () => {
    const ds = ingestText('co.csv', rows(['0.3', '0.7', '1.2', '25']));
    expect(ds.files[0]!.coUnit).toEqual({ unit: 'mg/m3', how: 'magnitude' });
    expect(hourlyRecords(ds).map((r) => r.split(' ')[7])).toEqual(['0.3', '0.7', '1.2', '25']);
    expect(issuesOf(ds, 'co-unit')).toHaveLength(0);
  });

  it('follows the header unit (CO(μg/m3)) and lets settings.coUnit override everything', () => {
    const hdr = ingestText('co.csv', rows(['5', '6']).replace(',CO,', ',CO(μg/m3),'));
    expect(hdr.files[0]!.coUnit).toEqual({ unit: 'ug/m3', how: 'header' });
    expect(hourlyRecords(hdr).map((r) => r.split(' ')[7])).toEqual(['0.005', '0.006']);
    const set = ingestText('co.csv', rows(['300', '700']), { coUnit: 'mg/m3' });
    expect(set.files[0]!.coUnit).toEqual({ unit: 'mg/m3', how: 'setting' });
    expect(hourlyRecords(set).map((r) => r.split(' ')[7])).toEqual(['—', '—']); // 300 mg/m³ > 150: impossible
  });
});

describe('ingest: dates and hours', () => {
  it('drops a row with an impossible date, naming row and column', () => {
    const ds = ingestText('d.csv', HEAD + '2021-02-30,0,A,35,60,5,30,0.5,50\n2021-02-28,0,A,35,60,5,30,0.5,50\n');
    expect(issuesOf(ds, 'invalid-date')[0]).toMatchObject({ row: 2, column: 'date', severity: 'warning' });
    expect(hourlyRecords(ds)).toEqual(['A 2021-02-28 00 5 30 60 35 0.5 50']);
  });

  it('takes hour 24 as 00 of the next day when the file labels hours 1..24 (info issue)', () => {
    const text = HEAD + Array.from({ length: 24 }, (_v, i) => `2021-01-31,${i + 1},A,${i + 1},60,5,30,0.5,50`).join('\n');
    const ds = ingestText('h.csv', text);
    const recs = hourlyRecords(ds);
    expect(recs).toHaveLength(24);
    expect(recs[0]).toBe('A 2021-01-31 01 5 30 60 1 0.5 50');
    expect(recs[23]).toBe('A 2021-02-01 00 5 30 60 24 0.5 50'); // hour 24 of Jan 31 → Feb 1 00
    expect(issuesOf(ds, 'hour-24')[0]!.severity).toBe('info');
  });

  it('rejects hour 24 in a file that also has hour 0', () => {
    const ds = ingestText('h.csv', HEAD + '2021-01-05,0,A,35,60,5,30,0.5,50\n2021-01-05,24,A,35,60,5,30,0.5,50\n2021-01-05,25,A,35,60,5,30,0.5,50\n');
    expect(issuesOf(ds, 'invalid-hour')[0]).toMatchObject({ count: 2, rows: [4, 3] });
    expect(hourlyRecords(ds)).toHaveLength(1);
  });

  it('numbers rows by physical line, counting the lines of a quoted multi-line cell', () => {
    const ds = ingestText('q.csv', 'date,hour,station,note,PM2.5\n2021-01-05,0,A,"two\nlines",35\n2021-01-05,1,A,x,-5\n');
    expect(issuesOf(ds, 'negative-value')[0]!.row).toBe(4);
  });
});
