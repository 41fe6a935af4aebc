/**
 * HJ 663 evaluation items and GB 3095 Table 4 data-validity thresholds (standards.md §1.5, §3.1).
 */
import type { DailyIndicator, Pollutant } from '../types.ts';

/**
 * The daily statistic each pollutant is evaluated on (HJ 663 §3.1: 24-h means; O3 the daily maximum
 * 8-h mean): the value compared with the 24-h limit, counted for validity, and entered in percentiles.
 */
export const EVALUATED_INDICATOR: Readonly<Record<Pollutant, DailyIndicator>> = {
  SO2: 'SO2', NO2: 'NO2', PM10: 'PM10', 'PM2.5': 'PM2.5', CO: 'CO', O3: 'O3_8h',
};

/**
 * The percentile of daily values evaluated for each pollutant over a year (HJ 663 年评价):
 * SO2 and NO2 24-h 98th, PM10, PM2.5 and CO 24-h 95th, O3 daily max 8-h 90th.
 */
export const PERCENTILE_RANK: Record<Pollutant, 98 | 95 | 90> = {
  SO2: 98, NO2: 98, PM10: 95, 'PM2.5': 95, CO: 95, O3: 90,
};

/** Minimum data for a valid statistic (GB 3095-2026 Table 4; HJ 663 §6.1.2 for the MDA8). */
export const VALIDITY = {
  /** Hourly means for a valid daily (24-h) mean. */
  dailyMinHours: 20,
  /** Hourly means inside one 8-h window for a valid 8-h mean. */
  o3WindowMinHours: 6,
  /** Valid 8-h means for a valid daily maximum 8-h (unless the max exceeds the limit). */
  mda8MinWindows: 14,
  /** Daily means for a valid annual mean. */
  annualMinDays: 324,
  /** Daily means in every month (except February) for a valid annual mean. */
  monthMinDays: 27,
  /** Daily means in February for a valid annual mean. */
  februaryMinDays: 25,
} as const satisfies {
  dailyMinHours: 20; o3WindowMinHours: 6; mda8MinWindows: 14; annualMinDays: 324; monthMinDays: 27; februaryMinDays: 25;
};

/**
 * Whether a year's daily data suffice for an annual statistic: at least 324 valid daily values
 * in the year and at least 27 in every month (25 in February).
 * @see GB 3095-2026 Table 4 (same thresholds as GB 3095-2012 Table 4, standards.md §1.5)
 * @throws {RangeError} unless exactly 12 monthly counts (January first) are given.
 * @example annualDataSufficient([27, 25, 27, 27, 27, 27, 27, 27, 27, 27, 27, 30]) → true (324 days)
 */
export function annualDataSufficient(validDaysByMonth: readonly number[]): boolean {
  if (validDaysByMonth.length !== 12) {
    throw new RangeError(`expected 12 monthly counts, got ${validDaysByMonth.length}`);
  }
  let total = 0;
  for (let m = 0; m < 12; m++) {
    const n = validDaysByMonth[m] as number;
    if (n < (m === 1 ? VALIDITY.februaryMinDays : VALIDITY.monthMinDays)) return false;
    total += n;
  }
  return total >= VALIDITY.annualMinDays;
}

/**
 * Decimals of a published concentration (GB/T 8170 half-even, which HJ 663 cites): integers in µg/m³,
 * CO to 1 decimal in mg/m³. The same rule gives the concentrations entering the IAQI (HJ 633-2026
 * §4.2.2) and the C_i of the composite index (standards.md §3.3, §4.1).
 */
export function publishedDecimals(p: Pollutant): 0 | 1 {
  return p === 'CO' ? 1 : 0;
}
