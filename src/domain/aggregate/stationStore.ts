/**
 * Station-daily values computed once per dataset (issue 9, "aggregate once"): for every station its days
 * in ascending order, the seven daily statistics of each day (`stationDailyInto`, GB 3095 Table 4 +
 * HJ 663 §6.1.2) and the valid hours per pollutant. City days, coverage, station means and the carried
 * indicators read these instead of recomputing them from the 144 hourly values of each station-day on
 * every request; the values are the very numbers `stationDailyInto` gives, so every result is unchanged.
 * 66 bytes per station-day (a national year: 586,000 station-days, 39 MB).
 */
import { DAILY_INDICATORS, POLLUTANTS } from '../types.ts';
import type { Dataset, DayNumber } from '../types.ts';
import { defaultO3ShortDayLimit, stationDailyInto } from './stationDaily.ts';

/** Daily statistics per day (DAILY_SLOT order). */
export const DAILY_WIDTH = DAILY_INDICATORS.length;
/** Valid hours per day (POLLUTANT_INDEX order). */
export const HOURS_WIDTH = POLLUTANTS.length;

/** One station's days with data. */
export interface StationDailySeries {
  /** Days with a station-day, ascending. */
  days: Int32Array;
  /** `days.length × DAILY_WIDTH` daily statistics (DAILY_SLOT order; NaN = invalid). */
  daily: Float64Array;
  /** `days.length × HOURS_WIDTH` valid hours per pollutant (POLLUTANT_INDEX order). */
  hours: Uint8Array;
}

export interface StationDailyStore {
  /** The dataset it was built from (a store answers for that dataset only). */
  readonly dataset: Dataset;
  /** The station's series; undefined when it has no hourly data. */
  get(stationKey: string): StationDailySeries | undefined;
}

/**
 * Builds the store of a dataset: one pass over its station-days (of the stations `keys` only, when
 * given: an area's stations for a one-off computation).
 */
export function stationDailyStore(dataset: Dataset, keys?: Iterable<string>): StationDailyStore {
  const series = new Map<string, StationDailySeries>();
  const limit = defaultO3ShortDayLimit();
  const one = new Float64Array(DAILY_WIDTH);
  const hours = new Int32Array(HOURS_WIDTH);
  const wanted = keys ? [...keys].map((k) => [k, dataset.hourly.get(k)] as const) : dataset.hourly;
  for (const [key, byDay] of wanted) {
    if (!byDay || byDay.size === 0 || series.has(key)) continue;
    const days = Int32Array.from(byDay.keys()).sort();
    const daily = new Float64Array(days.length * DAILY_WIDTH);
    const valid = new Uint8Array(days.length * HOURS_WIDTH);
    for (let k = 0; k < days.length; k++) {
      stationDailyInto(byDay.get(days[k]!)!.values, one, limit, hours);
      daily.set(one, k * DAILY_WIDTH);
      valid.set(hours, k * HOURS_WIDTH);
    }
    series.set(key, { days, daily, hours: valid });
  }
  return { dataset, get: (k) => series.get(k) };
}

/** Index of the first day ≥ `day` in ascending `days` (`days.length` when none). */
export function firstDayFrom(days: Int32Array, day: DayNumber): number {
  let lo = 0, hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
