import { expect, it } from 'vitest';
import { CATEGORIES } from '../../src/domain/types.ts';
import type { Report } from '../../src/domain/report/report.ts';
import { describeWithRealData, realPath } from '../helpers/realData.ts';
import { runCli } from './run.ts';

describeWithRealData('uci-beijing-multisite', 'report CLI on the 12 UCI Beijing station files (2013-03-01 .. 2017-02-28)', () => {
  const run = runCli(['--format', 'json', '--daily', realPath('uci-beijing-multisite')]);
  const report = JSON.parse(run.text) as Report;
  const area = report.areas[0]!;

  it('reads all 12 files into one area of 12 stations and exits 0', () => {
    expect(run.code).toBe(0);
    expect(report.files).toHaveLength(12);
    expect(report.areas).toHaveLength(1);
    expect(area.stations).toHaveLength(12);
    expect([area.dataFrom, area.dataTo]).toEqual(['2013-03-01', '2017-02-28']);
  });

  it('reports every calendar year 2013..2017 under the 2012 standards', () => {
    expect(area.years.map((y) => [y.year, y.calendarDays, y.edition])).toEqual([
      [2013, 365, '2012'], [2014, 365, '2012'], [2015, 365, '2012'], [2016, 366, '2012'], [2017, 365, '2012'],
    ]);
    // Partial years: 2013 from 1 March (306 days), 2017 to 28 February (59 days). Days without any valid
    // daily value: no station reaches 20 valid hours for any pollutant on 2014-02-25/26, 2015-03-31,
    // 2015-11-01, 2016-09-06 and 2016-09-07 (counted separately with a Python script over the CSVs);
    // 2016-09-07 still has a valid O3 MDA8 (161 µg/m³ > the 160 limit: valid with < 14 windows, §8),
    // so 2016 loses one day only.
    expect(area.years.map((y) => y.daysWithData)).toEqual([306, 363, 363, 365, 59]);
    expect(area.years.map((y) => y.annualDataSufficient)).toEqual([false, true, true, true, false]);
  });

  it('is internally consistent: categories sum to valid days, ratio = good/valid, heavy = 重度 + 严重', () => {
    for (const y of area.years) {
      const sum = CATEGORIES.reduce((s, c) => s + y.categoryDays[c], 0);
      expect(sum).toBe(y.validDays);
      expect(y.goodDays).toBe(y.categoryDays.excellent + y.categoryDays.good);
      expect(y.heavyDays).toBe(y.categoryDays.heavy + y.categoryDays.severe);
      expect(y.goodDayRatio).toBe(Math.round((y.goodDays / y.validDays) * 1e4) / 1e4);
      // percent rounded once from the counts: |10·pct·valid − 1000·good| ≤ valid/2
      expect(Math.abs(2 * (Math.round(y.goodDayRatioPercent! * 10) * y.validDays - 1000 * y.goodDays))).toBeLessThanOrEqual(y.validDays);
      expect(y.validDays).toBeLessThanOrEqual(y.daysWithData);
    }
  });

  it('publishes the 2016 good-day ratio as 54.2 % (198/365 = 54.2466 %), the fraction as 0.5425', () => {
    const y = area.years.find((x) => x.year === 2016)!;
    expect([y.goodDays, y.validDays, y.goodDayRatio, y.goodDayRatioPercent]).toEqual([198, 365, 0.5425, 54.2]);
  });

  it('has one daily row per calendar day of the data span (1461 days) that agrees with the annual counts', () => {
    // 2013-03-01 .. 2017-02-28: 306 + 365 + 365 + 366 + 59 = 1461
    expect(area.daily).toHaveLength(1461);
    expect(area.daily?.[0]?.date).toBe('2013-03-01');
    expect(area.daily?.[1460]?.date).toBe('2017-02-28');
    for (const y of area.years) {
      const rows = area.daily!.filter((d) => d.date.startsWith(`${y.year}-`));
      const valid = rows.filter((d) => d.valid && d.aqi !== null);
      expect(valid.length).toBe(y.validDays);
      expect(valid.filter((d) => d.aqi! <= 100).length).toBe(y.goodDays);
      expect(valid.filter((d) => d.aqi! > 200).length).toBe(y.heavyDays);
      for (const c of CATEGORIES) expect(valid.filter((d) => d.category === c).length).toBe(y.categoryDays[c]);
    }
  });

  it('gives annual PM2.5 close to Beijing\'s published means (a plausibility check, not an oracle)', () => {
    // Beijing 环境状况公报 (35 stations; UCI has 12): 2014 85.9, 2015 80.6, 2016 73 µg/m³.
    const pm = Object.fromEntries(area.years.map((y) => [y.year, y['PM2.5'].mean]));
    expect(Math.abs(pm[2014]! - 85.9)).toBeLessThan(5);
    expect(Math.abs(pm[2015]! - 80.6)).toBeLessThan(5);
    expect(Math.abs(pm[2016]! - 73)).toBeLessThan(5);
  });

  it('publishes integers for concentrations, 1 decimal for CO, 2 for the composite index', () => {
    for (const y of area.years) {
      for (const v of [y.SO2.mean, y.NO2.p98, y.PM10.p95, y['PM2.5'].mean, y.O3.p90]) expect(Number.isInteger(v)).toBe(true);
      expect(Math.round(y.CO.p95! * 10) / 10).toBe(y.CO.p95);
      expect(Math.round(y.compositeIndex! * 100) / 100).toBe(y.compositeIndex);
    }
  });
});
