import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from './ingestFile.ts';
import { mergeDatasets } from './dataset.ts';
import { readMonth } from './formats/dustFall.ts';
import { opts, ingestText } from '../../../tests/helpers/ingest.ts';
import { packDataset, unpackDataset } from '../persist/codec.ts';
import type { Dataset } from '../types.ts';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/dust-fall');
const read = (name: string): Dataset => ingestBytes(name, new Uint8Array(readFileSync(path.join(DIR, name))), opts());

/** `county month value` lines, sorted. */
function records(ds: Dataset): string[] {
  const out: string[] = [];
  for (const [county, months] of ds.dustFall) for (const [m, v] of months) out.push(`${county} ${m} ${v}`);
  return out.sort();
}

/** `severity code row column` of each issue, in order. */
const issues = (ds: Dataset) => ds.issues.map((i) => `${i.severity} ${i.code} ${i.row ?? '-'} ${i.column ?? '-'}${(i.count ?? 1) > 1 ? ` ×${i.count}` : ''}`);

describe('dust-fall tables (plan §21): reading', () => {
  it('a GB18030 table with Chinese headers (区县, 月份, 降尘量(吨/月·平方公里), months as 2021年3月) is read whole, without issues', () => {
    const ds = read('good-zh.gb18030.csv');
    const f = ds.files[0]!;
    expect(f.format).toBe('dust-fall');
    expect(f.encoding).toBe('gb18030');
    // 3 counties × 6 months + 古交市 without April
    expect([f.rows, f.rowsUsed]).toEqual([23, 23]);
    expect(f.stations).toEqual(['小店区', '迎泽区', '尖草坪区', '古交市']);
    expect([f.firstDate, f.lastDate]).toEqual(['2021-01-01', '2021-06-30']);
    expect(ds.issues).toEqual([]);
    expect(ds.dustFall.get('小店区')).toEqual(new Map([
      ['2021-01', 7.2], ['2021-02', 8.9], ['2021-03', 11.4], ['2021-04', 9], ['2021-05', 10.2], ['2021-06', 6.5],
    ]));
    expect(ds.dustFall.get('古交市')!.has('2021-04')).toBe(false);
    expect(ds.dustFall.get('古交市')!.get('2021-05')).toBe(9.05);
  });

  it('a UTF-8 table with English headers (County, Month, Dust fall (t/(km2·month))) reads 2021-07, 2021/8 and 202109 as months', () => {
    const ds = read('good-en.utf8.csv');
    expect(ds.files[0]!.format).toBe('dust-fall');
    expect(ds.files[0]!.encoding).toBe('utf-8');
    expect(ds.issues).toEqual([]);
    expect(records(ds)).toEqual([
      '小店区 2021-07 9.3', '小店区 2021-08 8.1', '小店区 2021-09 7.9',
      '迎泽区 2021-07 7.4', '迎泽区 2021-08 9.6', '迎泽区 2021-09 6.8',
    ]);
  });

  it('a negative dust fall is refused with a warning naming its row and column; the other rows are kept', () => {
    const ds = read('bad-negative.csv');
    expect(issues(ds)).toEqual(['warning negative-value 2 降尘量']);
    expect(ds.issues[0]!.message.zh).toContain('-2.5');
    expect(ds.issues[0]!.message.en).toContain('Row 2');
    expect(records(ds)).toEqual(['小店区 2021-04 8']);
  });

  it('text in the number cell is refused (non-numeric), and a value above 100 t/(km²·month) is refused as impossible', () => {
    const ds = read('bad-text.csv');
    expect(issues(ds)).toEqual(['warning non-numeric 2 降尘量', 'warning impossible-value 3 降尘量']);
    expect(ds.issues[0]!.message.zh).toContain('约10');
    expect(ds.issues[1]!.message.en).toContain('150');
    expect(records(ds)).toEqual(['小店区 2021-05 8']);
  });

  it('a county-month given twice counts once: the same value is an info, a different one a warning; the first value is kept', () => {
    const ds = read('bad-duplicate.csv');
    expect(issues(ds)).toEqual(['info duplicate-rows 3 -', 'warning duplicate-conflict 4 -']);
    expect(ds.issues[1]!.message.zh).toContain('11.4');
    expect(ds.issues[1]!.message.zh).toContain('12');
    expect(records(ds)).toEqual(['小店区 2021-03 11.4', '小店区 2021-04 9']);
  });

  it('a month that does not exist (2021-13, 2021年0月) or is not a month (三月, 2021-03-15), and a row without its county, are dropped and reported', () => {
    const ds = read('bad-month.csv');
    expect(issues(ds)).toEqual([
      'warning invalid-month 2 月份 ×2', 'warning unreadable-month 3 月份 ×2', 'warning missing-county 6 区县',
    ]);
    expect(ds.issues[0]!.rows).toEqual([2, 4]);
    expect(ds.issues[1]!.rows).toEqual([3, 5]);
    expect(records(ds)).toEqual(['小店区 2021-06 8']);
    for (const i of ds.issues) expect(i.message.zh.length * i.message.en.length).toBeGreaterThan(0);
  });

  it('a dust-fall column without a month column refuses the file (no-date-column)', () => {
    const ds = ingestText('x.csv', '区县,降尘量\n小店区,8\n');
    expect(ds.files[0]!.rejected).toBe(true);
    expect(ds.issues.map((i) => `${i.severity} ${i.code}`)).toEqual(['error no-date-column']);
  });

  it('without a county column the county is the file name; a year column with month 3 / 3月 also gives the month', () => {
    const ds = ingestText('清徐县.csv', '年份,月份,降尘量\n2021,3,9.5\n2021,4月,8\n');
    expect(records(ds)).toEqual(['清徐县 2021-03 9.5', '清徐县 2021-04 8']);
    expect(ds.issues.map((i) => i.code)).toEqual(['area-from-file-name']);
  });

  it('month spellings: 2021-3, 2021.03, 2021年3月份, 202103, 2021/3/1 (Excel) → 2021-03; 2021-3-2 and 3 without a year are not months', () => {
    for (const c of ['2021-3', '2021.03', '2021年3月份', '202103', '2021/3/1', ' 2021 年 3 月 ']) expect(readMonth(c)).toBe('2021-03');
    expect(readMonth('2021-3-2')).toBe('unreadable');
    expect(readMonth('3')).toBe('unreadable');
    expect(readMonth('3', '2021')).toBe('2021-03');
    expect(readMonth('2021-00')).toBe('invalid');
  });
});

describe('dust-fall tables (plan §21): merged and stored like the other inputs', () => {
  it('two files merge per county and month; the same county-month again counts once, a different value keeps the first file\'s', () => {
    const zh = read('good-zh.gb18030.csv');
    const en = read('good-en.utf8.csv');
    const m = mergeDatasets([zh, en]);
    expect(m.dustFall.get('小店区')!.size).toBe(9);
    expect(m.dustFall.get('迎泽区')!.size).toBe(9);
    const again = ingestText('again.csv', 'county,month,dust fall\n小店区,2021-03,11.4\n小店区,2021-04,9.9\n');
    const m2 = mergeDatasets([zh, again]);
    expect(m2.dustFall.get('小店区')!.get('2021-04')).toBe(9);
    expect(m2.issues.map((i) => `${i.severity} ${i.code} ${i.count}`)).toEqual(['info duplicate-rows 1', 'warning duplicate-conflict 1']);
    expect(m2.issues[1]!.message.en).toContain('county-months');
    // the parts are untouched
    expect(zh.dustFall.get('小店区')!.get('2021-04')).toBe(9);
  });

  it('the stored (packed) dataset keeps the dust fall; a record stored before dust fall existed unpacks with none', () => {
    const ds = read('good-en.utf8.csv');
    const back = unpackDataset(packDataset('good-en.utf8.csv', ds)).dataset;
    expect(records(back)).toEqual(records(ds));
    const old = { ...packDataset('x', ds) } as Record<string, unknown>;
    delete old.dustFall;
    expect(unpackDataset(old).dataset.dustFall.size).toBe(0);
    expect(() => unpackDataset({ ...old, dustFall: [{ county: 'x', months: [['2021-03', 'a']] }] })).toThrow(/dust-fall/);
  });
});
