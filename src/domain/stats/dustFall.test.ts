import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../ingest/ingestFile.ts';
import { mergeDatasets } from '../ingest/dataset.ts';
import { builtinDustFallLimit } from '../plan/builtin.ts';
import { opts } from '../../../tests/helpers/ingest.ts';
import { dustFallSummary, dustFallTable } from './dustFall.ts';
import { DUST_FALL_COUNTY_HEADER, dustFallCountyRows, dustFallMonthRows } from './dustFallTable.ts';
import type { DustFallLimit } from './dustFall.ts';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/dust-fall');
const read = (name: string) => ingestBytes(name, new Uint8Array(readFileSync(path.join(DIR, name))), opts());
const LIMIT = builtinDustFallLimit();
const table = (rows: Record<string, Record<string, number>>) => new Map(Object.entries(rows).map(([c, m]) => [c, new Map(Object.entries(m))]));

describe('dust fall against the plan §21 line', () => {
  it('the line is the plan\'s data: task 21, item k21-a, dust fall above (>) 9 t/(km²·month), with the plan\'s words', () => {
    expect({ value: LIMIT.value, relation: LIMIT.relation, task: LIMIT.task, item: LIMIT.item }).toEqual({ value: 9, relation: '>', task: '21', item: 'k21-a' });
    expect(LIMIT.quote).toContain('降尘量高于9吨/月·平方公里');
  });

  it('"高于9": a month of exactly 9.0 is not above the line, 9.05 is', () => {
    const s = dustFallSummary(table({ A: { '2021-04': 9, '2021-05': 9.05 } }), LIMIT)!;
    expect(s.counties[0]!.monthsAbove).toEqual(['2021-05']);
  });

  it('the fixtures (GB18030 Jan–Jun + UTF-8 Jul–Sep): counties above the line named with how many months and the worst month, by hand', () => {
    const ds = mergeDatasets([read('good-zh.gb18030.csv'), read('good-en.utf8.csv')]);
    const s = dustFallSummary(ds.dustFall, LIMIT)!;
    // 尖草坪区 9.6 13.8 12.1 9.1 (Feb–May); 小店区 11.4 (Mar), 10.2 (May), 9.3 (Jul) — Apr is 9.0;
    // 迎泽区 9.6 (Aug); 古交市 9.05 (May). Ties on months: 迎泽区's worst 9.6 > 古交市's 9.05.
    expect(s.above).toEqual([
      { county: '尖草坪区', months: 4, worst: { month: '2021-03', value: 13.8 } },
      { county: '小店区', months: 3, worst: { month: '2021-03', value: 11.4 } },
      { county: '迎泽区', months: 1, worst: { month: '2021-08', value: 9.6 } },
      { county: '古交市', months: 1, worst: { month: '2021-05', value: 9.05 } },
    ]);
    expect(s.counties.find((c) => c.county === '小店区')!.monthsAbove).toEqual(['2021-03', '2021-05', '2021-07']);
    expect(s.counties.find((c) => c.county === '尖草坪区')!.monthsAbove).toEqual(['2021-02', '2021-03', '2021-04', '2021-05']);
    expect([s.from, s.to, s.months.length]).toEqual(['2021-01', '2021-09', 9]);
    expect(s.worst).toEqual({ county: '尖草坪区', month: '2021-03', value: 13.8 });
    expect(dustFallCountyRows(s)[1]).toEqual(['小店区', 9, 3, '2021-03 2021-05 2021-07', '2021-03', 11.4]);
    expect(DUST_FALL_COUNTY_HEADER.map((h) => h.en)[2]).toBe('Months above the line');
    // 9 + 9 + 6 + 5 county-months
    expect(dustFallMonthRows(s)).toHaveLength(29);
    expect(dustFallMonthRows(s)[0]).toEqual(['尖草坪区', '2021-01', 8.5, '> 9', 'N']);
  });

  it('a county below the line in every month is listed but not named above it', () => {
    const s = dustFallSummary(table({ 迎泽区: { '2021-01': 6.1, '2021-02': 7 }, 小店区: { '2021-01': 9.5 } }), LIMIT)!;
    expect(s.above.map((a) => a.county)).toEqual(['小店区']);
    expect(s.counties.map((c) => [c.county, c.monthsAbove.length, c.worst.month])).toEqual([['小店区', 1, '2021-01'], ['迎泽区', 0, '2021-02']]);
  });

  it('the model\'s plain table gives the same summary as the Dataset\'s maps', () => {
    const ds = read('good-zh.gb18030.csv');
    expect(dustFallSummary(dustFallTable(ds.dustFall), LIMIT)).toEqual(dustFallSummary(ds.dustFall, LIMIT));
  });

  it('a plan that sets the line as "≥" counts a month on the line; no dust fall loaded gives no summary', () => {
    const atLeast: DustFallLimit = { ...LIMIT, relation: '≥' };
    expect(dustFallSummary(table({ A: { '2021-04': 9 } }), atLeast)!.above).toHaveLength(1);
    expect(dustFallSummary(new Map(), LIMIT)).toBeNull();
  });
});
