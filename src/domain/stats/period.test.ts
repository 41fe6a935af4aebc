import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { goodDayRatioPercent, monthlyStats, periodStats } from './period.ts';
import { dn, makeDay, makeDays } from '../../../tests/helpers/days.ts';
import type { DaySpec } from '../../../tests/helpers/days.ts';
import { CATEGORIES, DEFAULT_SETTINGS } from '../types.ts';
import type { DayResult } from '../types.ts';

const settings = DEFAULT_SETTINGS;
const stats = (days: readonly DayResult[], from: string, to: string) =>
  periodStats(days, { area: 'T', from: dn(from), to: dn(to), settings });
const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

describe('periodStats: day counts (HJ 633 categories, standards.md §3.4)', () => {
  it('counts days absent from the data in calendarDays but not in validDays', () => {
    // 2021-01-01..10 = 10 calendar days; 7 DayResults given, one of them without a valid AQI → 6 valid.
    const days = makeDays('2021-01-01', [{ aqi: 40 }, { aqi: 60 }, { aqi: null }, { aqi: 90 }, { aqi: 120 }, { aqi: 30 }, { aqi: 70 }]);
    const s = stats(days, '2021-01-01', '2021-01-10');
    expect(s.calendarDays).toBe(10);
    expect(s.validDays).toBe(6);
    expect(s.goodDays).toBe(5); // 40, 60, 90, 30, 70
  });

  it('computes the good-day ratio as good / valid days (86/91 = 94.5 %)', () => {
    // 2020 Q1 has 31 + 29 + 31 = 91 days: 86 days AQI 80 (良) and 5 days AQI 120 (轻度).
    const specs: DaySpec[] = Array.from({ length: 91 }, (_, i) => ({ aqi: i < 86 ? 80 : 120 }));
    const s = stats(makeDays('2020-01-01', specs), '2020-01-01', '2020-03-31');
    expect(s.calendarDays).toBe(91);
    expect(s.validDays).toBe(91);
    expect(s.goodDays).toBe(86);
    expect(s.goodDayRatio).toBeCloseTo(86 / 91, 12); // 0.94505… → 94.5 %
    expect(Math.round(s.goodDayRatio! * 1000) / 10).toBe(94.5);
  });

  it('counts heavy days as AQI > 200 (AQI 200 is not heavy)', () => {
    const s = stats(makeDays('2021-01-01', [{ aqi: 200 }, { aqi: 201 }, { aqi: 300 }, { aqi: 301 }]), '2021-01-01', '2021-01-04');
    expect(s.heavyDays).toBe(3);
    expect(s.categoryDays).toEqual({ excellent: 0, good: 0, light: 0, moderate: 1, heavy: 2, severe: 1 });
  });

  it('makes the category days sum to the valid days', () => {
    const aqis = [30, 50, 51, 100, 101, 150, 151, 200, 201, 300, 301, 500, null];
    const s = stats(makeDays('2021-05-01', aqis.map((aqi) => ({ aqi }))), '2021-05-01', '2021-05-31');
    expect(s.validDays).toBe(12);
    expect(sum(s.categoryDays)).toBe(12);
    expect(s.categoryDays).toEqual({ excellent: 2, good: 2, light: 2, moderate: 2, heavy: 2, severe: 2 });
  });

  it('counts a tie day once for each of its primary pollutants', () => {
    const s = stats(
      makeDays('2021-03-01', [{ aqi: 120, primary: ['PM2.5', 'PM10'] }, { aqi: 110, primary: ['PM2.5'] }, { aqi: 40 }]),
      '2021-03-01', '2021-03-03',
    );
    expect(s.primaryDays['PM2.5']).toBe(2);
    expect(s.primaryDays.PM10).toBe(1);
    expect(s.primaryDays.O3).toBe(0);
  });

  it('counts exceedance days per pollutant', () => {
    const s = stats(makeDays('2021-03-01', [{ aqi: 160, exceeding: ['PM2.5', 'PM10'] }, { aqi: 120, exceeding: ['PM2.5'] }]), '2021-03-01', '2021-03-02');
    expect(s.exceedanceDays['PM2.5']).toBe(2);
    expect(s.exceedanceDays.PM10).toBe(1);
    expect(s.exceedanceDays.SO2).toBe(0);
  });

  it('lists heavy-pollution episodes inside the period', () => {
    const s = stats(makeDays('2021-12-01', [{ aqi: 180 }, { aqi: 210 }, { aqi: 250 }, { aqi: 190 }, { aqi: 205 }]), '2021-12-01', '2021-12-05');
    expect(s.episodes.map((e) => [e.days, e.peakAqi])).toEqual([[2, 250], [1, 205]]);
  });
});

describe('periodStats: concentrations and HJ 663 percentiles', () => {
  it('takes the mean and the 95th percentile of the valid daily PM2.5 values of the period', () => {
    // 20 days carry 1..20 (5 more days have no PM2.5). mean = 210/20 = 10.5;
    // p95: k = 1 + 19 × 0.95 = 19.05 → X19 + 0.05 × (X20 − X19) = 19 + 0.05 = 19.05.
    const specs: DaySpec[] = Array.from({ length: 25 }, (_, i) => (i < 20 ? { aqi: 50, conc: { 'PM2.5': i + 1 } } : { aqi: 50 }));
    const s = stats(makeDays('2021-04-01', specs), '2021-04-01', '2021-04-25');
    expect(s.pollutants['PM2.5'].mean).toBe(10.5);
    expect(s.pollutants['PM2.5'].percentile).toBeCloseTo(19.05, 10);
    expect(s.pollutants['PM2.5'].percentileRank).toBe(95);
    expect(s.pollutants['PM2.5'].validDays).toBe(20);
  });

  it('evaluates O3 on the MDA8 with its 90th percentile, not on the 1-h max', () => {
    // 10 days: MDA8 = 100..190 step 10, O3_1h = 300 each. p90: k = 1 + 9 × 0.9 = 9.1 →
    // X9 + 0.1 × (X10 − X9) = 180 + 1 = 181.
    const specs: DaySpec[] = Array.from({ length: 10 }, (_, i) => ({ aqi: 80, conc: { O3_8h: 100 + 10 * i, O3_1h: 300 } }));
    const s = stats(makeDays('2021-06-01', specs), '2021-06-01', '2021-06-10');
    expect(s.pollutants.O3.percentile).toBeCloseTo(181, 10);
    expect(s.pollutants.O3.mean).toBe(145);
  });
});

/** A whole year 2021 with SO2 daily values: 306 days 17, 50 days 18, 9 days 52 (in that order). */
function so2Year(): DayResult[] {
  const from = dn('2021-01-01');
  const out: DayResult[] = [];
  for (let i = 0; i < 365; i++) {
    // Spread the 9 high days over the year (every 40th day) so every month keeps enough days.
    const high = i % 40 === 20 && i < 365;
    out.push(makeDay(from + i, { aqi: 40, conc: { SO2: high ? 52 : 0 } }));
  }
  let n17 = 0;
  for (const d of out) {
    if (d.conc.SO2 === 52) continue;
    d.conc.SO2 = n17 < 306 ? 17 : 18;
    n17++;
  }
  return out;
}

describe('periodStats: GB 3095 class-1 and class-2 evaluation (HJ 663 年评价)', () => {
  it('fails class 1 on the SO2 98th percentile (mean 18, p98 52) and meets class 2', () => {
    // 306 × 17 + 50 × 18 + 9 × 52 = 5202 + 900 + 468 = 6570; 6570 / 365 = 18.
    // p98: k = 1 + 364 × 0.98 = 357.72 → X357 = X358 = 52 (the 9 highest are positions 357..365) → 52.
    const days = so2Year();
    expect(days.filter((d) => d.conc.SO2 === 52)).toHaveLength(9);
    const s = stats(days, '2021-01-01', '2021-12-31');
    expect(s.pollutants.SO2.mean).toBeCloseTo(18, 10);
    expect(s.pollutants.SO2.percentile).toBe(52);
    // class 1: annual 18 ≤ 20 met; 24-h p98 52 > 50 not met → not met
    expect(s.class1.SO2).toMatchObject({ meanLimit: 20, percentileLimit: 50, meanMet: true, percentileMet: false, met: false, dataSufficient: true });
    // class 2: 18 ≤ 60 and 52 ≤ 150 → met
    expect(s.class2.SO2).toMatchObject({ meanLimit: 60, percentileLimit: 150, meanMet: true, percentileMet: true, met: true, dataSufficient: true });
  });

  it('applies the annual-mean criterion only to a calendar year', () => {
    // The same values over 2021-01-01..2021-12-30 (not a calendar year): mean not judged.
    const s = stats(so2Year().slice(0, 364), '2021-01-01', '2021-12-30');
    expect(s.class1.SO2.meanMet).toBeNull();
    expect(s.class1.SO2.percentileMet).not.toBeNull();
  });

  it('compares the published (rounded) statistic with the limit: 35.4 meets 35, 35.6 does not', () => {
    // PM2.5 constant over 2021 → mean = p95 = the constant. GB/T 8170: 35.4 → 35 ≤ 35; 35.6 → 36 > 35.
    const year = (v: number) => Array.from({ length: 365 }, (_, i) => makeDay(dn('2021-01-01') + i, { aqi: 50, conc: { 'PM2.5': v } }));
    expect(stats(year(35.4), '2021-01-01', '2021-12-31').class2['PM2.5'].meanMet).toBe(true);
    expect(stats(year(35.6), '2021-01-01', '2021-12-31').class2['PM2.5'].meanMet).toBe(false);
  });

  it('accepts a year with 25 valid days in February and rejects one with 24 (GB 3095 Table 4)', () => {
    // 2021: every day valid except Feb 26..28 (25 left) → 362 days, all months ≥ 27 → sufficient.
    const withFeb = (validInFeb: number) =>
      Array.from({ length: 365 }, (_, i) => {
        const d = dn('2021-01-01') + i;
        const febDay = d - dn('2021-02-01') + 1; // 1..28 inside February
        const missing = febDay >= 1 && febDay <= 28 && febDay > validInFeb;
        return makeDay(d, { aqi: 40, conc: missing ? {} : { NO2: 30 } });
      });
    const ok = stats(withFeb(25), '2021-01-01', '2021-12-31');
    expect(ok.pollutants.NO2.validDays).toBe(362);
    expect(ok.class2.NO2.dataSufficient).toBe(true);
    expect(ok.class2.NO2.met).toBe(true);
    const short = stats(withFeb(24), '2021-01-01', '2021-12-31');
    expect(short.class2.NO2.dataSufficient).toBe(false);
    expect(short.class2.NO2.met).toBeNull();
  });
});

describe('periodStats: composite index (standards.md §4.1)', () => {
  it('computes the composite index of a hand-built month', () => {
    // July 2021 (31 days): PM2.5 21, PM10 39, SO2 9, NO2 15 every day (means);
    // O3 MDA8: 27 days 150 + 4 days 192 → p90: k = 1 + 30 × 0.9 = 28 → X28 = 192;
    // CO: 28 days 0.5 + 3 days 0.7 → p95: k = 1 + 30 × 0.95 = 29.5 → X29 = X30 = 0.7.
    // I = 21/35 + 39/70 + 9/60 + 15/40 + 192/160 + 0.7/4
    //   = 0.6 + 0.5571 + 0.15 + 0.375 + 1.2 + 0.175 = 3.0571 → 3.06
    const specs: DaySpec[] = Array.from({ length: 31 }, (_, i) => ({
      aqi: 90,
      conc: { 'PM2.5': 21, PM10: 39, SO2: 9, NO2: 15, O3_8h: i < 27 ? 150 : 192, CO: i < 28 ? 0.5 : 0.7 },
    }));
    const s = stats(makeDays('2021-07-01', specs), '2021-07-01', '2021-07-31');
    expect(s.pollutants.O3.percentile).toBe(192);
    expect(s.pollutants.CO.percentile).toBeCloseTo(0.7, 12);
    expect(s.composite?.index).toBe(3.06);
    expect(s.composite?.max.pollutants).toEqual(['O3']); // 192/160 = 1.2 is the largest single index
  });

  it('has no composite index when a pollutant has no valid day', () => {
    const s = stats(makeDays('2021-07-01', [{ aqi: 50, conc: { 'PM2.5': 20 } }]), '2021-07-01', '2021-07-01');
    expect(s.composite).toBeNull();
  });
});

describe('periodStats: dust days (扣沙, standards.md §4.2)', () => {
  it('excludes dust days from concentrations but keeps them in the day ratios', () => {
    // PM10 100, 100, 100 and 500 on a dust day: mean 200 with the dust day, 100 without.
    const s = stats(
      makeDays('2021-03-14', [
        { aqi: 75, conc: { PM10: 100 } }, { aqi: 75, conc: { PM10: 100 } }, { aqi: 75, conc: { PM10: 100 } },
        { aqi: 500, conc: { PM10: 500 }, dust: true, primary: ['PM10'] },
      ]),
      '2021-03-14', '2021-03-17',
    );
    expect(s.pollutants.PM10.mean).toBe(200);
    expect(s.dustExcluded?.pollutants.PM10.mean).toBe(100);
    expect(s.validDays).toBe(4);
    expect(s.goodDays).toBe(3);
    expect(s.heavyDays).toBe(1);
  });

  it('has no dustExcluded block without dust flags', () => {
    expect(stats(makeDays('2021-03-14', [{ aqi: 75 }]), '2021-03-14', '2021-03-14').dustExcluded).toBeUndefined();
  });
});

describe('periodStats: editions', () => {
  it('flags a period across 2026-03-01 as mixed and uses the limits in force at its end', () => {
    const s = stats(makeDays('2026-02-01', [{ aqi: 50, conc: { 'PM2.5': 40 } }]), '2026-02-01', '2026-03-31');
    expect(s.edition).toBe('2026');
    expect(s.mixedEditions).toBe(true);
    expect(s.class2['PM2.5'].percentileLimit).toBe(60); // GB 3095-2026 transitional 24-h class 2
  });
  it('is not mixed inside 2021', () => {
    const s = stats([], '2021-01-01', '2021-12-31');
    expect(s.edition).toBe('2012');
    expect(s.mixedEditions).toBe(false);
    expect(s.validDays).toBe(0);
    expect(s.goodDayRatio).toBeNull();
    expect(s.class2['PM2.5'].percentileLimit).toBe(75);
  });
});

describe('monthlyStats', () => {
  it('returns the 12 months of a leap year with their calendar days', () => {
    const ms = monthlyStats([makeDay('2020-02-10', { aqi: 60 })], 2020, { area: 'T', settings });
    expect(ms).toHaveLength(12);
    expect(ms.map((m) => m.calendarDays)).toEqual([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(ms[1]!.validDays).toBe(1);
    expect(ms[1]!.from).toBe('2020-02-01');
  });
});

describe('periodStats: invariants (property)', () => {
  it('keeps Σ categoryDays = validDays and goodDays ≤ validDays ≤ calendarDays', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }), { maxLength: 120 }),
        fc.integer({ min: 0, max: 30 }),
        (aqis, extra) => {
          const days = makeDays('2021-01-01', aqis.map((aqi) => ({ aqi })));
          const to = dn('2021-01-01') + Math.max(aqis.length, 1) - 1 + extra;
          const s = periodStats(days, { area: 'T', from: dn('2021-01-01'), to, settings });
          expect(CATEGORIES.reduce((a, c) => a + s.categoryDays[c], 0)).toBe(s.validDays);
          expect(s.goodDays).toBeLessThanOrEqual(s.validDays);
          expect(s.validDays).toBeLessThanOrEqual(s.calendarDays);
          expect(s.heavyDays).toBe(aqis.filter((a) => a !== null && a > 200).length);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('goodDayRatioPercent: the published ratio, rounded once half-even from good/valid (GB/T 8170, standards.md §3.3)', () => {
  it('gives 54.2 for 198/365 (= 54.2466 %), not the 54.3 of the 4-decimal fraction 0.5425', () => {
    expect(goodDayRatioPercent(198, 365)).toBe(54.2);
  });
  it('breaks exact ties to even: 189/336 = 56.25 → 56.2; 231/336 = 68.75 → 68.8; 1/80 = 1.25 → 1.2; 3/80 = 3.75 → 3.8', () => {
    expect([goodDayRatioPercent(189, 336), goodDayRatioPercent(231, 336), goodDayRatioPercent(1, 80), goodDayRatioPercent(3, 80)])
      .toEqual([56.2, 68.8, 1.2, 3.8]);
  });
  it('gives 100 for all good, 0 for none, null without a valid day, and refuses impossible counts', () => {
    expect([goodDayRatioPercent(365, 365), goodDayRatioPercent(0, 12), goodDayRatioPercent(0, 0)]).toEqual([100, 0, null]);
    expect(() => goodDayRatioPercent(5, 4)).toThrow(RangeError);
    expect(() => goodDayRatioPercent(1.5, 4)).toThrow(RangeError);
  });
  it('is the nearest tenth of a percent for every count up to 366 days (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 366 }), fc.nat(), (valid, g) => {
      const good = g % (valid + 1);
      const tenths = Math.round(goodDayRatioPercent(good, valid)! * 10); // exact: result has 1 decimal
      // |tenths·valid − 1000·good| ≤ valid/2, in integers: nothing closer exists
      expect(Math.abs(2 * (tenths * valid - 1000 * good))).toBeLessThanOrEqual(valid);
      expect(goodDayRatioPercent(good, valid)).toBe(tenths / 10);
    }));
  });
  it('is set by periodStats: 198 good of 365 valid days → 54.2', () => {
    // 2021: 198 days AQI 80 (良), 167 days AQI 120 (轻度)
    const specs: DaySpec[] = Array.from({ length: 365 }, (_, i) => ({ aqi: i < 198 ? 80 : 120 }));
    const s = stats(makeDays('2021-01-01', specs), '2021-01-01', '2021-12-31');
    expect([s.validDays, s.goodDays, s.goodDayRatioPercent]).toEqual([365, 198, 54.2]);
  });
});
