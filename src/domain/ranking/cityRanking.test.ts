import { describe, expect, it } from 'vitest';
import { minValidDays, rankCities, type CityFigures } from './cityRanking.ts';

/** A city's figures for a 31-day month that needs 27 valid days. */
function city(area: string, index: number | null, lastYearIndex: number | null = null, validDays = 31): CityFigures {
  return { area, index, lastYearIndex, pm25: null, goodDayRatioPercent: null, validDays, calendarDays: 31, requiredDays: 27 };
}

describe('rankCities: composite-index ranking of cities', () => {
  it('ranks by the composite index, lower first, and equal published values (2 decimals) share a rank', () => {
    // 4.104 and 4.096 are both published as 4.10 → both 2nd; the next city is 4th (并列计).
    const r = rankCities([city('C', 4.104), city('A', 3.5), city('B', 4.096), city('D', 5.2)], null);
    expect(r.rows.map((x) => [x.area, x.rank])).toEqual([['A', 1], ['C', 2], ['B', 2], ['D', 4]]);
  });

  it('keeps only the scope\'s cities, compares names without 市, and names the scope cities not loaded', () => {
    const r = rankCities([city('太原', 5.2), city('北京', 3.9), city('拉萨', 2.1)], ['太原市', '北京', '临汾']);
    expect(r.rows.map((x) => [x.area, x.rank])).toEqual([['北京', 1], ['太原', 2]]);
    expect(r.missing).toEqual(['临汾']);
    expect(r.scopeSize).toBe(3);
  });

  it('lists a city with too few valid days apart instead of ranking it', () => {
    // 26 valid days in a month that needs 27: not ranked, and it does not push the others down.
    const r = rankCities([city('A', 3.0), city('B', 2.0, null, 26), city('C', 4.0)], null);
    expect(r.rows.map((x) => [x.area, x.rank])).toEqual([['A', 1], ['C', 2]]);
    expect(r.insufficient.map((x) => [x.area, x.rank])).toEqual([['B', null]]);
  });

  it('ranks improvement by the change of the index: the largest fall is first, a rise comes after', () => {
    // A: 5.00 → 4.50 = −10.0 %; B: 4.00 → 4.20 = +5.0 %; C: 6.00 → 5.70 = −5.0 %; D has no last year.
    const r = rankCities([city('A', 4.5, 5.0), city('B', 4.2, 4.0), city('C', 5.7, 6.0), city('D', 3.0)], null);
    const by = new Map(r.rows.map((x) => [x.area, x]));
    expect(by.get('A')!.changePercent).toBe(-10);
    expect(by.get('B')!.changePercent).toBe(5);
    expect(by.get('C')!.changePercent).toBe(-5);
    expect([by.get('A')!.improvementRank, by.get('C')!.improvementRank, by.get('B')!.improvementRank]).toEqual([1, 2, 3]);
    expect(by.get('D')!.improvementRank).toBeNull();
  });
});

describe('minValidDays: coverage a period needs before its city is ranked', () => {
  it('asks 27 days of a month, 25 of February, 324 of a year and the same share of a year to date', () => {
    expect(minValidDays(31, 'month')).toBe(27);
    expect(minValidDays(28, 'month', true)).toBe(25);
    expect(minValidDays(365, 'range')).toBe(324);
    // 181 × 324 / 365 = 160.67 → 161
    expect(minValidDays(181, 'range')).toBe(161);
  });
});
