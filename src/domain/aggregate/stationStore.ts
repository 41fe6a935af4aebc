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

/** Builds the store of a dataset from its hourly values. Most callers want `stationDailyOf`, the dataset's one store. */
export function stationDailyStore(dataset: Dataset): StationDailyStore {
  const series = new Map<string, StationDailySeries>();
  for (const [key, byDay] of dataset.hourly) {
    if (byDay.size === 0) continue;
    const days = Int32Array.from(byDay.keys()).sort();
    series.set(key, dailySeries(days, (k) => byDay.get(days[k]!)!.values));
  }
  return { dataset, get: (k) => series.get(k) };
}

/**
 * The station-daily series of `days.length` station-days whose 144 hourly values `valuesOf(k)` gives
 * (GB 3095 Table 4 + HJ 663 §6.1.2 through `stationDailyInto`), in the order given.
 */
export function dailySeries(days: Int32Array, valuesOf: (k: number) => Float64Array): StationDailySeries {
  const limit = defaultO3ShortDayLimit();
  const one = new Float64Array(DAILY_WIDTH);
  const hours = new Int32Array(HOURS_WIDTH);
  const daily = new Float64Array(days.length * DAILY_WIDTH);
  const valid = new Uint8Array(days.length * HOURS_WIDTH);
  for (let k = 0; k < days.length; k++) {
    stationDailyInto(valuesOf(k), one, limit, hours);
    daily.set(one, k * DAILY_WIDTH);
    valid.set(hours, k * HOURS_WIDTH);
  }
  return { days, daily, hours: valid };
}

/** The one store of each dataset: attached by the merge that built it, or built once from its hourly values. */
const stores = new WeakMap<Dataset, StationDailyStore>();

/**
 * The dataset's station-daily store, computed at most once per dataset ("aggregate once", issue 9): the
 * store its merge attached (`attachStationDaily`: station-daily values merged from the files' own, the
 * hourly values then no longer held), else one built now from its hourly values and kept.
 * A dataset is never modified once built (merges make new ones), so the store stays right.
 */
export function stationDailyOf(dataset: Dataset): StationDailyStore {
  let s = stores.get(dataset);
  if (!s) {
    s = stationDailyStore(dataset);
    stores.set(dataset, s);
  }
  return s;
}

/** Makes `series` the station-daily store of `dataset` (a merge that computed them without hourly values). */
export function attachStationDaily(dataset: Dataset, series: ReadonlyMap<string, StationDailySeries>): StationDailyStore {
  const s: StationDailyStore = { dataset, get: (k) => series.get(k) };
  stores.set(dataset, s);
  return s;
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
