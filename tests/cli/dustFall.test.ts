import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, FIXTURES, runCli } from './run.ts';

const DUST = path.join(REPO, 'tests', 'fixtures', 'dust-fall');
const ZH = path.join(DUST, 'good-zh.gb18030.csv');
const EN = path.join(DUST, 'good-en.utf8.csv');

interface DustJson {
  dustFall?: { limit: { value: number; relation: string; task: string }; above: { county: string; months: number; worst: { month: string; value: number } }[] };
}

describe('report CLI: the dust-fall summary (plan §21) when a dust-fall table is given', () => {
  it('JSON: the counties above 9 t/(km²·month) with how many months and the worst month (hand-worked from the two fixtures)', () => {
    const r = runCli([ZH, EN, '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.text) as DustJson;
    expect(j.dustFall!.limit).toMatchObject({ value: 9, relation: '>', task: '21' });
    expect(j.dustFall!.above.map((a) => `${a.county} ${a.months} ${a.worst.month} ${a.worst.value}`)).toEqual([
      '尖草坪区 4 2021-03 13.8', '小店区 3 2021-03 11.4', '迎泽区 1 2021-08 9.6', '古交市 1 2021-05 9.05',
    ]);
  });

  it('CSV: the per-county table follows the report after an empty row; text names the counties above the line', () => {
    const csv = runCli([ZH, '--format', 'csv']).text;
    const lines = csv.split('\r\n');
    const at = lines.findIndex((l) => l.startsWith('县（市、区） County,'));
    expect(at).toBeGreaterThan(0);
    expect(lines[at - 2]).toBe('');
    // 小店区 Jan–Jun: 11.4 (Mar) and 10.2 (May) above; 9.0 (Apr) is not
    expect(lines.slice(at + 1, at + 5)).toEqual([
      '尖草坪区,6,4,2021-02 2021-03 2021-04 2021-05,2021-03,13.8',
      '小店区,6,2,2021-03 2021-05,2021-03,11.4',
      '古交市,5,1,2021-05,2021-05,9.05',
      '迎泽区,6,0,,2021-03,8.8',
    ]);
    const text = runCli([ZH]).text;
    expect(text).toContain('▲ 尖草坪区: 4 month(s)');
    expect(text).not.toContain('▲ 迎泽区');
  });

  it('no dust-fall table, no dust-fall summary (the JSON of monitoring data is unchanged)', () => {
    const r = runCli([path.join(FIXTURES, 'nested'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.text) as DustJson).dustFall).toBeUndefined();
  });
});
