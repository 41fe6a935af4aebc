import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestBytes } from '../ingest/ingestFile.ts';
import { mergeDatasets } from '../ingest/dataset.ts';
import { CATEGORIES, DEFAULT_SETTINGS } from '../types.ts';
import { describeWithRealData, realPath } from '../../../tests/helpers/realData.ts';
import { buildReport, conventions, yearReport } from './report.ts';
import { periodStats } from '../stats/period.ts';
import { dn, makeDays } from '../../../tests/helpers/days.ts';

describeWithRealData('tianqihoubao-daily-2013-2019', 'buildReport on 31 daily city tables', () => {
  const dir = realPath('tianqihoubao-daily-2013-2019');
  const ds = mergeDatasets(readdirSync(dir).filter((f) => f.endsWith('.csv'))
    .map((f) => ingestBytes(f, readFileSync(`${dir}/${f}`), { settings: DEFAULT_SETTINGS })));
  const report = buildReport(ds, DEFAULT_SETTINGS, { year: 2018 });

  it('reports the 31 areas for 2018 only', () => {
    expect(report.areas).toHaveLength(31);
    expect(report.areas.every((a) => a.years.length === 1 && a.years[0]?.year === 2018)).toBe(true);
    expect(report.areas.every((a) => a.daily === undefined)).toBe(true);
  });
  it('ranks the areas by composite index: ascending, ties share a rank, each area carries its rank', () => {
    const r = report.ranking.find((k) => k.year === 2018)!;
    expect(r.areas).toHaveLength(31);
    for (let i = 1; i < r.areas.length; i++) {
      const a = r.areas[i - 1]!, b = r.areas[i]!;
      expect(a.compositeIndex!).toBeLessThanOrEqual(b.compositeIndex!);
      // 1-based competition ranking: equal index → same rank, else rank = position
      expect(b.rank).toBe(a.compositeIndex === b.compositeIndex ? a.rank : i + 1);
    }
    for (const x of r.areas) expect(report.areas.find((a) => a.name === x.area)?.years[0]?.rankAmongLoaded).toBe(x.rank);
  });
  it('keeps the day counts consistent in every area', () => {
    for (const a of report.areas) {
      const y = a.years[0]!;
      expect(CATEGORIES.reduce((s, c) => s + y.categoryDays[c], 0)).toBe(y.validDays);
      expect(y.heavyDays).toBe(y.categoryDays.heavy + y.categoryDays.severe);
    }
  });
  it('limits the report to one area with `area`', () => {
    const one = buildReport(ds, DEFAULT_SETTINGS, { area: 'taiyuan', year: 2018, daily: true });
    expect(one.areas.map((a) => a.name)).toEqual(['taiyuan']);
    expect(one.areas[0]?.daily).toHaveLength(365);
    expect(() => buildReport(ds, DEFAULT_SETTINGS, { area: '太原' })).toThrow(/no area named "太原"/);
  });
});

/** A UCI-layout file of 10 days (2021-05-01..10), 24 identical hours each, with the given columns only. */
function tenDays(columns: Record<string, number>): Uint8Array {
  const names = Object.keys(columns);
  const rows = [['"No"', '"year"', '"month"', '"day"', '"hour"', ...names.map((c) => `"${c}"`), '"station"'].join(',')];
  let n = 1;
  for (let d = 1; d <= 10; d++) {
    for (let h = 0; h < 24; h++) rows.push([n++, 2021, 5, d, h, ...names.map((c) => columns[c]), '"S1"'].join(','));
  }
  return new TextEncoder().encode(rows.join('\n') + '\n');
}

describe('buildReport: a pollutant column absent from the whole area data (HJ 633-2026 §5.3.2)', () => {
  // 2012 IAQIs: PM2.5 40 → 56.25 → 57; PM10 70 → 60; SO2 9 → 9; NO2 39 → 48.75 → 49;
  // O3 120: 8-h 66.7 → 67, 1-h 37.5 → 38. AQI 67 (良) every day.
  const noCo = ingestBytes('no-co.csv', tenDays({ 'PM2.5': 40, PM10: 70, SO2: 9, NO2: 39, O3: 120 }), { settings: DEFAULT_SETTINGS });
  const r = buildReport(noCo, DEFAULT_SETTINGS);

  it('counts the 10 clean days without a CO column as 10 valid, 10 good days (was 0 valid)', () => {
    expect(r.areas[0]?.years[0]).toMatchObject({ year: 2021, daysWithData: 10, validDays: 10, goodDays: 10 });
  });
  it('names the absent indicator at area level with a zh/en note, and lists the convention as unconfirmed', () => {
    const a = r.areas[0]!;
    expect(a.absentIndicators).toEqual(['CO']);
    expect(a.absentIndicatorsNote?.zh).toContain('CO');
    expect(a.absentIndicatorsNote?.en).toContain('not monitored by design');
    expect(r.settings.conventions.find((c) => c.name === 'absentIndicator')).toMatchObject({ confirmed: false });
  });
  it('lists nothing absent for a file with all six pollutants', () => {
    // CO 0.8 mg/m³ (800 µg/m³ in a UCI file) → IAQI 20; AQI still 67.
    const full = ingestBytes('full.csv', tenDays({ 'PM2.5': 40, PM10: 70, SO2: 9, NO2: 39, CO: 800, O3: 120 }), { settings: DEFAULT_SETTINGS });
    const a = buildReport(full, DEFAULT_SETTINGS).areas[0]!;
    expect([a.absentIndicators, a.absentIndicatorsNote]).toEqual([[], null]);
    expect(a.years[0]).toMatchObject({ validDays: 10, goodDays: 10 });
  });
});

describe('yearReport: the good-day ratio for display (GB/T 8170, rounded once)', () => {
  it('gives goodDayRatioPercent 54.2 for 198/365 next to the 4-decimal goodDayRatio 0.5425', () => {
    // 198/365 = 0.542465… → fraction 0.5425; percent 54.2466 → 54.2 (0.5425 × 100 would show 54.3)
    const days = makeDays('2021-01-01', Array.from({ length: 365 }, (_, i) => ({ aqi: i < 198 ? 80 : 120 })));
    const s = periodStats(days, { area: 'T', from: dn('2021-01-01'), to: dn('2021-12-31'), settings: DEFAULT_SETTINGS });
    const y = yearReport(s, 2021, 365);
    expect([y.validDays, y.goodDays, y.goodDayRatio, y.goodDayRatioPercent]).toEqual([365, 198, 0.5425, 54.2]);
  });
});

describe('扣沙 in the report (环办监测〔2016〕120号: particulate concentrations only)', () => {
  // 2021-03-01..04: SO2 10, 10, 10, 40; PM2.5 30, 30, 30, 300; the 4th day is a dust day (AQI 350).
  const days = makeDays('2021-03-01', [
    { aqi: 43, conc: { SO2: 10, 'PM2.5': 30 } }, { aqi: 43, conc: { SO2: 10, 'PM2.5': 30 } },
    { aqi: 43, conc: { SO2: 10, 'PM2.5': 30 } }, { aqi: 350, conc: { SO2: 40, 'PM2.5': 300 }, dust: true },
  ]);
  const s = periodStats(days, { area: 'T', from: dn('2021-01-01'), to: dn('2021-12-31'), settings: DEFAULT_SETTINGS });
  const y = yearReport(s, 2021, 4);

  it('removes the dust day\'s PM2.5 but keeps its SO2, and counts the dust day in the day ratio', () => {
    // PM2.5 without dust: (30 × 3)/3 = 30 (with it: 390/4 = 97.5 → 98, half-even); SO2 keeps 4 days: (30 + 40)/4 = 17.5 → 18
    expect(y.dustExcluded?.pollutants['PM2.5'].mean).toBe(30);
    expect(y['PM2.5'].mean).toBe(98);
    expect(y.dustExcluded?.pollutants.SO2.mean).toBe(18);
    // 3 good of 4 valid days, the dust day included: 75.0 %
    expect([y.validDays, y.goodDays, y.goodDayRatioPercent]).toEqual([4, 3, 75]);
  });
  it('says so in the dust convention: PM10 and PM2.5 only, day ratios include dust days', () => {
    const dust = conventions(DEFAULT_SETTINGS).find((c) => c.name === 'dust')!;
    expect(dust.value).toContain('PM10 and PM2.5 only');
    expect(dust.value).toContain('day ratios');
    expect(dust.value).toContain('include dust days');
    expect(dust.confirmed).toBe(false);
  });
});
