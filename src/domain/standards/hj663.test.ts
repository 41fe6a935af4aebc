import { describe, expect, it } from 'vitest';
import { PERCENTILE_RANK, VALIDITY, annualDataSufficient } from './hj663.ts';

describe('HJ 663 evaluation items and GB 3095 Table 4 validity', () => {
  it('percentile ranks: SO2 98, NO2 98, PM10 95, PM2.5 95, CO 95, O3 90', () => {
    expect(PERCENTILE_RANK).toEqual({ SO2: 98, NO2: 98, PM10: 95, 'PM2.5': 95, CO: 95, O3: 90 });
  });

  it('thresholds: 20 h/day, 6 h per 8-h window, 14 windows, 324 days, 27 per month, 25 in February', () => {
    expect(VALIDITY).toEqual({ dailyMinHours: 20, o3WindowMinHours: 6, mda8MinWindows: 14, annualMinDays: 324, monthMinDays: 27, februaryMinDays: 25 });
  });

  it('a full year is sufficient', () => {
    expect(annualDataSufficient([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])).toBe(true);
  });

  it('exactly 324 days with every month at its minimum (27×11 + 25 = 322, plus 2) is sufficient', () => {
    // 27 × 11 = 297; + 25 (Feb) = 322; two more days in December → 324.
    expect(annualDataSufficient([27, 25, 27, 27, 27, 27, 27, 27, 27, 27, 27, 29])).toBe(true);
  });

  it('323 days is insufficient even when every month meets its minimum', () => {
    expect(annualDataSufficient([27, 25, 27, 27, 27, 27, 27, 27, 27, 27, 27, 28])).toBe(false);
  });

  it('one month with 26 days fails the year however many days in total', () => {
    expect(annualDataSufficient([31, 28, 31, 30, 31, 30, 26, 31, 30, 31, 30, 31])).toBe(false);
  });

  it('February needs 25, not 27: 25 passes, 24 fails', () => {
    expect(annualDataSufficient([31, 25, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])).toBe(true);
    expect(annualDataSufficient([31, 24, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])).toBe(false);
  });

  it('throws unless 12 months are given', () => {
    expect(() => annualDataSufficient([31, 28])).toThrow(RangeError);
  });
});
