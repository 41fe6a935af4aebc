import { describe, expect, it } from 'vitest';
import { stationDailyValues } from './stationDaily.ts';
import { emptyDataset, emptyStationDay, setHours, day } from '../../../tests/helpers/dataset.ts';
import type { Pollutant, StationDay } from '../types.ts';

/** One station-day built from per-pollutant hour arrays. */
function build(hours: Partial<Record<Pollutant, readonly (number | null)[]>>): StationDay {
  const ds = emptyDataset();
  for (const [p, hs] of Object.entries(hours) as [Pollutant, (number | null)[]][]) setHours(ds, 'S', '2021-01-01', p, hs);
  return ds.hourly.get('S')!.get(day('2021-01-01'))!;
}
const range = (n: number, f: (i: number) => number | null): (number | null)[] => Array.from({ length: n }, (_, i) => f(i));

describe('stationDailyValues (GB 3095 Table 4, HJ 663 §6.1.2)', () => {
  it('drops a day with fewer than 20 valid hours', () => {
    // 19 valid hours of SO2 (hours 0..18), the rest missing → invalid.
    const v = stationDailyValues(build({ SO2: range(19, () => 10) }));
    expect(v.SO2).toBeNull();
  });

  it('keeps a day with exactly 20 valid hours and averages only the valid ones', () => {
    // hours 0..19 carry 1..20, hours 20..23 missing: mean = (1+…+20)/20 = 210/20 = 10.5
    const v = stationDailyValues(build({ 'PM2.5': range(20, (h) => h + 1) }));
    expect(v['PM2.5']).toBe(10.5);
  });

  it('averages all 24 hours of a complete day (CO in mg/m³)', () => {
    // 12 hours of 0.8 and 12 hours of 1.2 → (9.6 + 14.4)/24 = 1.0
    const v = stationDailyValues(build({ CO: range(24, (h) => (h < 12 ? 0.8 : 1.2)) }));
    expect(v.CO).toBeCloseTo(1.0, 12);
  });

  it('takes MDA8 only from the 17 windows ending at hours 7..23 (no partial windows before 07:00)', () => {
    // O3 = 300 at hours 0..6, 0 at hours 7..23. The first full window (hours 0..7) is
    // (7 × 300 + 0)/8 = 262.5; a partial window over hours 0..6 alone would give 300.
    const v = stationDailyValues(build({ O3: range(24, (h) => (h <= 6 ? 300 : 0)) }));
    expect(v.O3_8h).toBe(262.5);
  });

  it('takes the maximum of the 8-h moving means', () => {
    // O3 = 10·h: the window ending at h has mean 10·(h−3.5); the largest ends at 23 → 195.
    const v = stationDailyValues(build({ O3: range(24, (h) => 10 * h) }));
    expect(v.O3_8h).toBe(195);
  });

  it('counts a window valid with 6 of its 8 hours', () => {
    // O3 = 50 at hours 0..15, 100 at hours 18..23, hours 16 and 17 missing.
    // Window 16..23 → 6 valid hours of 100 → mean 100 (valid). Every window has ≥ 6 hours,
    // so all 17 windows are valid and MDA8 = 100.
    const v = stationDailyValues(build({ O3: range(24, (h) => (h < 16 ? 50 : h < 18 ? null : 100)) }));
    expect(v.O3_8h).toBe(100);
  });

  it('ignores a window with only 5 of its 8 hours', () => {
    // As above but hour 18 also missing: windows ending 18..23 have 5 valid hours each
    // (e.g. ending 23: hours 19..23; ending 18: hours 11..15). Windows ending 7..17 (11 of them)
    // stay valid with mean 50; 11 < 14 and 50 ≤ 160 → MDA8 invalid.
    const v = stationDailyValues(build({ O3: range(24, (h) => (h < 16 ? 50 : h < 19 ? null : 100)) }));
    expect(v.O3_8h).toBeNull();
  });

  it('accepts MDA8 with 14 valid windows', () => {
    // Valid hours 0..18: windows ending 7..18 have 8 hours (12), ending 19 has 7, ending 20 has 6
    // → 14 valid windows of mean 100.
    const v = stationDailyValues(build({ O3: range(19, () => 100) }));
    expect(v.O3_8h).toBe(100);
  });

  it('rejects MDA8 with 13 valid windows unless the max exceeds 160', () => {
    // Valid hours 0..17: windows ending 7..17 (11) + ending 18 (7 h) + ending 19 (6 h) = 13.
    expect(stationDailyValues(build({ O3: range(18, () => 100) })).O3_8h).toBeNull();
    expect(stationDailyValues(build({ O3: range(18, () => 160) })).O3_8h).toBeNull(); // 160 does not exceed 160
    expect(stationDailyValues(build({ O3: range(18, () => 200) })).O3_8h).toBe(200);
    // the threshold can be set (e.g. a class-1 evaluation): 120 > 100
    expect(stationDailyValues(build({ O3: range(18, () => 120) }), { o3LimitForShortDays: 100 }).O3_8h).toBe(120);
  });

  it('does not read a short day whose max is 160 up to float noise as exceeding 160', () => {
    // Valid hours 0..17 (13 windows). Hours 0..9 = 100; hours 10..17 = 157.7, 163, 163.7, 161.6,
    // 155.7, 160.6, 160, 157.7 (sum 1280 exactly → mean 160), but the float sum gives
    // 160.00000000000003. 160 does not exceed 160 → MDA8 invalid.
    const tail = [157.7, 163, 163.7, 161.6, 155.7, 160.6, 160, 157.7];
    const v = stationDailyValues(build({ O3: range(18, (h) => (h < 10 ? 100 : tail[h - 10]!)) }));
    expect(v.O3_8h).toBeNull();
    // 160.6 is published as 161 > 160 → valid
    expect(stationDailyValues(build({ O3: range(18, () => 160.6) })).O3_8h).toBeCloseTo(160.6, 10);
  });

  it('takes the O3 daily max 1-h, valid with ≥ 20 valid hours', () => {
    // 24 hours of 80 with 230 at hour 15 → 230; the same with only 19 hours → invalid.
    expect(stationDailyValues(build({ O3: range(24, (h) => (h === 15 ? 230 : 80)) })).O3_1h).toBe(230);
    expect(stationDailyValues(build({ O3: range(19, (h) => (h === 15 ? 230 : 80)) })).O3_1h).toBeNull();
  });

  it('returns null for every indicator of an empty day', () => {
    const v = stationDailyValues(emptyStationDay());
    expect(Object.values(v).every((x) => x === null)).toBe(true);
  });
});
