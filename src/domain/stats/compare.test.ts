import { describe, expect, it } from 'vitest';
import { compareStats, samePeriodLastYear } from './compare.ts';
import { periodStats } from './period.ts';
import { dn, makeDays } from '../../../tests/helpers/days.ts';
import type { DaySpec } from '../../../tests/helpers/days.ts';
import { DEFAULT_SETTINGS } from '../types.ts';
import { isoDate } from '../calendar.ts';

/** A month of `n` days: `good` days AQI 80 and the rest AQI 220; constant concentrations. */
function month(fromIso: string, toIso: string, good: number, conc: DaySpec['conc']) {
  const n = dn(toIso) - dn(fromIso) + 1;
  const specs: DaySpec[] = Array.from({ length: n }, (_, i) => ({ aqi: i < good ? 80 : 220, conc }));
  return periodStats(makeDays(fromIso, specs), { area: 'T', from: dn(fromIso), to: dn(toIso), settings: DEFAULT_SETTINGS });
}

describe('compareStats (同比, standards.md §5)', () => {
  it('gives ratios in percentage points, concentrations in relative %, counts in days and the composite rate in %', () => {
    // 2021-04: 28 of 30 good → 93.3 %; 2020-04: 25 of 30 good → 83.3 % → +10.0 pp.
    // PM2.5 44 vs 46 → (44 − 46)/46 = −4.3478 %. Heavy days 2 vs 5 → −3 days.
    const base = { PM10: 70, SO2: 12, NO2: 40, CO: 1.0, O3_8h: 160 };
    const cur = month('2021-04-01', '2021-04-30', 28, { ...base, 'PM2.5': 44 });
    const prev = month('2020-04-01', '2020-04-30', 25, { ...base, 'PM2.5': 46 });
    const c = compareStats(cur, prev);
    expect(c.goodDayRatio).toEqual({ current: 93.3, previous: 83.3, delta: 10, unit: 'pp' });
    expect(c.goodDays).toEqual({ current: 28, previous: 25, delta: 3, unit: 'days' });
    expect(c.heavyDays).toEqual({ current: 2, previous: 5, delta: -3, unit: 'days' });
    expect(c.pollutants['PM2.5'].unit).toBe('%');
    expect(c.pollutants['PM2.5'].delta).toBeCloseTo(-4.3478, 4);
    expect(c.pollutants.SO2.delta).toBe(0); // 同比持平
    // composite: current 44/35 + 70/70 + 12/60 + 40/40 + 160/160 + 1/4 = 1.2571 + 1 + 0.2 + 1 + 1 + 0.25 = 4.7071 → 4.71
    //            previous 46/35 + … = 1.3143 + 3.45 = 4.7643 → 4.76; rate (4.71 − 4.76)/4.76 = −1.0504 % (better)
    expect(c.composite.unit).toBe('index%');
    expect(c.composite.current).toBe(4.71);
    expect(c.composite.previous).toBe(4.76);
    expect(c.composite.delta).toBeCloseTo(-1.0504, 4);
  });

  it('has no delta when the previous period has no data', () => {
    const cur = month('2021-04-01', '2021-04-30', 28, { 'PM2.5': 44 });
    const empty = periodStats([], { area: 'T', from: dn('2020-04-01'), to: dn('2020-04-30'), settings: DEFAULT_SETTINGS });
    const c = compareStats(cur, empty);
    expect(c.goodDayRatio.delta).toBeNull();
    expect(c.pollutants['PM2.5'].delta).toBeNull();
    expect(c.composite.delta).toBeNull();
  });
});

describe('samePeriodLastYear (上年同期)', () => {
  const spl = (a: string, b: string) => {
    const r = samePeriodLastYear(dn(a), dn(b));
    return [isoDate(r.from), isoDate(r.to)];
  };
  it('maps 2021-01-01..2021-06-30 to 2020-01-01..2020-06-30', () => {
    expect(spl('2021-01-01', '2021-06-30')).toEqual(['2020-01-01', '2020-06-30']);
  });
  it('maps 29 February to 28 February', () => {
    expect(spl('2020-02-29', '2020-03-10')).toEqual(['2019-02-28', '2019-03-10']);
    expect(spl('2020-01-01', '2020-02-29')).toEqual(['2019-01-01', '2019-02-28']);
  });
  it('keeps a cumulative period ending on the last day of February whole (1—2月)', () => {
    expect(spl('2021-01-01', '2021-02-28')).toEqual(['2020-01-01', '2020-02-29']);
  });
});
