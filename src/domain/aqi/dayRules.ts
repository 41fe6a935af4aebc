/**
 * What a day of an area counts as: good (优良), heavily polluted (重污染), with data at all. One
 * definition each, used by the period statistics, the episodes, the targets and the report.
 */
import type { DayResult } from '../types.ts';

/** Highest AQI of a good day (优良: 优 + 良, AQI ≤ 100; HJ 633-2012 Table 2, HJ 633-2026 Table 1). */
export const GOOD_AQI_MAX = 100;
/** AQI above which a day is heavily polluted (重污染: 重度 + 严重, AQI > 200; HJ 633 Table 2 / Table 1). */
export const HEAVY_AQI_ABOVE = 200;

type AqiDay = Pick<DayResult, 'valid' | 'aqi'>;

/**
 * A valid day with AQI ≤ 100 (优良天).
 * @see HJ 633-2012 Table 2; HJ 633-2026 Table 1
 * @example isGood({ valid: true, aqi: 100 }) → true; isGood({ valid: true, aqi: 101 }) → false
 */
export function isGood(d: AqiDay): boolean {
  return d.valid && d.aqi !== null && d.aqi <= GOOD_AQI_MAX;
}

/**
 * A valid day with AQI > 200 (重污染天: 重度污染 and 严重污染; AQI exactly 200 is 中度污染).
 * @see HJ 633-2012 Table 2; HJ 633-2026 Table 1
 * @example isHeavy({ valid: true, aqi: 201 }) → true; isHeavy({ valid: true, aqi: 200 }) → false
 */
export function isHeavy(d: AqiDay): boolean {
  return d.valid && d.aqi !== null && d.aqi > HEAVY_AQI_ABOVE;
}

/**
 * A day with any monitoring data: a valid AQI, a station that contributed a daily value, or any
 * daily concentration (valid or not for the AQI). A day without data ends nothing and starts nothing:
 * it is simply absent (the as-of day of a target, the editions a report names, the daily table).
 * For the DayResults of `computeAreaDays` the three conditions coincide (a station counts only when it
 * contributed a value); hand-built days may set only some of them.
 */
export function hasData(d: Pick<DayResult, 'valid' | 'stations' | 'conc'>): boolean {
  if (d.valid || d.stations > 0) return true;
  for (const v of Object.values(d.conc)) if (v !== null) return true;
  return false;
}
