/**
 * The demo's yearly figures, computed by the real core (station daily values → city mean → HJ 633
 * daily AQI → HJ 663 period statistics), against the official Taiyuan figures of
 * /work/shared/reference/plan-2021.md: good days 223 (2020, implied from "+1") and 224 (2021),
 * heavy-pollution days 15 (implied from "−3") and 12, composite index ≈ 5.91 (implied from
 * "−11.3 %") and 5.24. The bounds are the demo's acceptance bounds, not the generator's output.
 */
import { describe, expect, it } from 'vitest';
import { computeAreaDays } from '../aggregate/areaDays.ts';
import { yearRange } from '../calendar.ts';
import { periodStats } from '../stats/period.ts';
import { DEFAULT_SETTINGS } from '../types.ts';
import type { PeriodStats } from '../types.ts';
import { DEMO_CITY, generateDemoDataset } from './generate.ts';

const demo = generateDemoDataset();
const stats = new Map<number, PeriodStats>();
for (const year of [2020, 2021]) {
  const range = yearRange(year);
  const days = computeAreaDays(demo, DEMO_CITY, DEFAULT_SETTINGS, range);
  stats.set(year, periodStats(days, { area: DEMO_CITY, ...range, settings: DEFAULT_SETTINGS }));
}
const of = (year: number): PeriodStats => {
  const s = stats.get(year);
  if (!s) throw new Error(`no stats for ${year}`);
  return s;
};

describe('demo calibration against the official 2020/2021 Taiyuan figures (through the real core)', () => {
  it('has good days within 223 ± 6 in 2020 and 224 ± 6 in 2021', () => {
    expect(Math.abs(of(2020).goodDays - 223)).toBeLessThanOrEqual(6);
    expect(Math.abs(of(2021).goodDays - 224)).toBeLessThanOrEqual(6);
  });

  it('has heavy-pollution days (AQI > 200) within 15 ± 3 in 2020 and 12 ± 3 in 2021', () => {
    expect(Math.abs(of(2020).heavyDays - 15)).toBeLessThanOrEqual(3);
    expect(Math.abs(of(2021).heavyDays - 12)).toBeLessThanOrEqual(3);
  });

  it('has a composite index within 5.9 ± 0.3 in 2020 and 5.2 ± 0.3 in 2021, improving year on year', () => {
    const c2020 = of(2020).composite?.index ?? NaN, c2021 = of(2021).composite?.index ?? NaN;
    expect(Math.abs(c2020 - 5.9)).toBeLessThanOrEqual(0.3);
    expect(Math.abs(c2021 - 5.2)).toBeLessThanOrEqual(0.3);
    expect(c2021).toBeLessThan(c2020);
  });

  it('has almost every day valid (the gaps are absorbed by the other stations)', () => {
    expect(of(2020).validDays).toBeGreaterThanOrEqual(360);
    expect(of(2021).validDays).toBeGreaterThanOrEqual(359);
  });

  it('has 2021 SO2 borderline class 1 (mean 15–20, p98 40–55) and NO2 near the class-2 limit (mean 38–42)', () => {
    const so2 = of(2021).pollutants.SO2, no2 = of(2021).pollutants.NO2;
    expect(so2.mean).toBeGreaterThanOrEqual(15);
    expect(so2.mean).toBeLessThanOrEqual(20);
    expect(so2.percentile).toBeGreaterThanOrEqual(40);
    expect(so2.percentile).toBeLessThanOrEqual(55);
    expect(no2.mean).toBeGreaterThanOrEqual(38);
    expect(no2.mean).toBeLessThanOrEqual(42);
  });

  it('has each kind of non-good day: winter PM2.5, spring PM10 and summer O3 exceedances', () => {
    for (const year of [2020, 2021]) {
      const e = of(year).exceedanceDays;
      expect(e['PM2.5']).toBeGreaterThan(30);
      expect(e.PM10).toBeGreaterThan(15);
      expect(e.O3).toBeGreaterThan(30);
    }
  });
});
