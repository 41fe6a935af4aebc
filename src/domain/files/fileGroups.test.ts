import { describe, expect, it } from 'vitest';
import type { FileSummary, Issue } from '../types.ts';
import { datedName, groupFiles } from './fileGroups.ts';

function file(name: string, bytes: number, first: string | null, last: string | null, rows = 24): FileSummary {
  return {
    name, bytes, encoding: 'utf-8', delimiter: ',', format: 'network-wide-hourly', rows, rowsUsed: rows,
    stations: [], firstDate: first, lastDate: last, rejected: false,
  };
}
const issue = (f: string, severity: Issue['severity']): Issue => ({ file: f, severity, code: 'missing-value', message: { zh: 'x', en: 'x' } });

describe('groupFiles: files named alike around a YYYYMMDD date are one row with count, size, dates and issues', () => {
  it('splits a dated name into prefix, year and suffix; a name without a real date (month 13) is not dated', () => {
    expect(datedName('china_sites_20210305.csv')).toEqual({ prefix: 'china_sites_', year: '2021', suffix: '.csv' });
    expect(datedName('china_sites_20211305.csv')).toBeNull();
    expect(datedName('loaded.csv')).toBeNull();
  });

  it('groups 3 daily files of 2021 as china_sites_2021MMDD.csv: 1 + 2 + 3 MB = 6 MB, 01-01 … 03-02, issues 1 error 2 warnings', () => {
    const files = [
      file('sites.csv', 10, null, null),
      file('china_sites_20210101.csv', 1_000_000, '2021-01-01', '2021-01-01'),
      file('china_sites_20210302.csv', 3_000_000, '2021-03-02', '2021-03-02'),
      file('china_sites_20210115.csv', 2_000_000, '2021-01-15', '2021-01-15', 20),
      file('other.csv', 5, '2020-01-01', '2020-12-31'),
    ];
    const issues = [issue('china_sites_20210101.csv', 'warning'), issue('china_sites_20210115.csv', 'warning'),
      issue('china_sites_20210302.csv', 'error'), issue('other.csv', 'error')];
    const rows = groupFiles(files, issues);
    expect(rows.map((r) => (r.kind === 'file' ? r.file.name : r.group.pattern))).toEqual(['sites.csv', 'china_sites_2021MMDD.csv', 'other.csv']);
    const g = rows[1]!.kind === 'group' ? rows[1]!.group : null;
    expect(g).toMatchObject({
      bytes: 6_000_000, rows: 68, rowsUsed: 68, firstDate: '2021-01-01', lastDate: '2021-03-02', rejected: 0,
      issues: { error: 1, warning: 2, info: 0 },
    });
    expect(g?.files.map((f) => f.name)).toEqual(['china_sites_20210101.csv', 'china_sites_20210302.csv', 'china_sites_20210115.csv']);
  });

  it('names the year YYYY when the files span two years, and keeps two files alike as two rows', () => {
    const span = groupFiles([
      file('a_20201231.csv', 1, '2020-12-31', '2020-12-31'), file('a_20210101.csv', 1, '2021-01-01', '2021-01-01'),
      file('a_20210102.csv', 1, '2021-01-02', '2021-01-02'),
    ], []);
    expect(span).toHaveLength(1);
    expect(span[0]!.kind === 'group' && span[0]!.group.pattern).toBe('a_YYYYMMDD.csv');
    const two = groupFiles([file('b_20210101.csv', 1, null, null), file('b_20210102.csv', 1, null, null)], []);
    expect(two.map((r) => r.kind)).toEqual(['file', 'file']);
  });
});
