/**
 * What a loaded dataset gives once, whatever area, year or period is looked at (issue 9, "aggregate
 * once"): the area list, each area's data extent and absent indicators, each area's days (HJ 663 city
 * values and the HJ 633 daily AQI, `computeAreaDays`) over all its years, and the ranking figures of a
 * period. Build one per (dataset, settings): every setting can change the days, so a new setting means
 * a new index; switching area, year or period then reads from it.
 */
import type { DailyIndicator, Dataset, DayNumber, DayResult, Settings } from '../types.ts';
import { civilDate, dayNumber } from '../calendar.ts';
import { listAreas, type Area } from '../aggregate/areas.ts';
import { absentIndicatorsOf, computeAreaDays, dataExtentOf } from '../aggregate/areaDays.ts';
import { periodStats } from '../stats/period.ts';
import { samePeriodLastYear } from '../stats/compare.ts';
import { cityFigures, minValidDays, type CityFigures } from '../ranking/cityRanking.ts';
import { stationDailyOf, type StationDailyStore } from '../aggregate/stationStore.ts';

export interface AreaInfo {
  area: Area;
  /** First and last day with data; null when none. */
  extent: { from: DayNumber; to: DayNumber } | null;
  absent: DailyIndicator[];
}

/** A ranking period: the calendar year, the year to date (1 January .. the last day with data), or a month. */
export type RankingPeriodChoice = 'year' | 'ytd' | number;

export interface DatasetIndex {
  readonly dataset: Dataset;
  readonly settings: Settings;
  /** Every area (`listAreas` order), with data or not. */
  readonly areas: readonly Area[];
  readonly info: ReadonlyMap<string, AreaInfo>;
  /** The dataset's station-daily values (built once per dataset, whatever the settings). */
  readonly store: StationDailyStore;
  /** The area's days from 1 January of `fromYear` to 31 December of `toYear` (cached per area). */
  areaDays(area: string, fromYear: number, toYear: number): DayResult[];
  /** Valid days (daily AQI) in the area's whole data. */
  validDays(area: string): number;
  /** The last day with data of any area in `year`; null when none. */
  asOf(year: number): DayNumber | null;
  /** Every area's ranking figures for a period of `year` (cached per year and period). */
  figures(year: number, period: RankingPeriodChoice): { from: DayNumber; to: DayNumber; figures: CityFigures[] } | null;
}

/**
 * Indexes a dataset for `settings`. Cheap to build (one pass over the stations' day keys); the days of an
 * area are computed the first time they are asked for, then kept: from 1 January of its first year with
 * data to 31 December of its last (other years are computed when asked for, not kept).
 * `given`: the dataset's station-daily store when the caller holds it (the worker keeps the store and drops
 * the hourly values it was built from); else one is built here, once per dataset.
 */
export function indexDataset(dataset: Dataset, settings: Settings, given?: StationDailyStore): DatasetIndex {
  const areas = listAreas(dataset, settings);
  const store = given?.dataset === dataset ? given : stationDailyOf(dataset);
  const info = new Map<string, AreaInfo>();
  for (const area of areas) {
    const extent = dataExtentOf(dataset, area, settings, store);
    info.set(area.name, { area, extent, absent: absentIndicatorsOf(dataset, area, settings, extent, store) });
  }
  const spans = new Map<string, DayResult[]>();
  const spanOf = (name: string): DayResult[] => {
    let days = spans.get(name);
    if (days) return days;
    const i = info.get(name);
    if (!i) throw new RangeError(`unknown area "${name}"`);
    days = i.extent
      ? computeAreaDays(dataset, i.area, settings, { from: dayNumber(civilDate(i.extent.from).year, 1, 1), to: dayNumber(civilDate(i.extent.to).year, 12, 31) }, store)
      : [];
    spans.set(name, days);
    return days;
  };
  const areaDays = (name: string, fromYear: number, toYear: number): DayResult[] => {
    const from = dayNumber(fromYear, 1, 1), to = dayNumber(toYear, 12, 31);
    const span = spanOf(name);
    if (span.length > 0 && span[0]!.day <= from && span[span.length - 1]!.day >= to) {
      return span.slice(from - span[0]!.day, to - span[0]!.day + 1);
    }
    const i = info.get(name)!;
    return computeAreaDays(dataset, i.area, settings, { from, to }, store);
  };
  const valid = new Map<string, number>();
  const validDays = (name: string): number => {
    let n = valid.get(name);
    if (n === undefined) {
      n = 0;
      for (const d of spanOf(name)) if (d.valid) n++;
      valid.set(name, n);
    }
    return n;
  };
  const asOf = (year: number): DayNumber | null => {
    let last: DayNumber | null = null;
    const end = dayNumber(year, 12, 31), start = dayNumber(year, 1, 1);
    for (const i of info.values()) {
      if (!i.extent || i.extent.from > end || i.extent.to < start) continue;
      const days = areaDays(i.area.name, year, year);
      for (let k = days.length - 1; k >= 0; k--) {
        const d = days[k]!;
        if (d.valid || d.stations > 0) {
          if (last === null || d.day > last) last = d.day;
          break;
        }
      }
    }
    return last;
  };
  const figureCache = new Map<string, ReturnType<DatasetIndex['figures']>>();
  const figures = (year: number, period: RankingPeriodChoice): ReturnType<DatasetIndex['figures']> => {
    const key = `${year}:${period}`;
    if (figureCache.has(key)) return figureCache.get(key)!;
    let from: DayNumber, to: DayNumber, required: (calendarDays: number) => number;
    if (typeof period === 'number') {
      from = dayNumber(year, period, 1);
      to = dayNumber(period === 12 ? year + 1 : year, period === 12 ? 1 : period + 1, 1) - 1;
      required = () => minValidDays(to - from + 1, 'month', period === 2);
    } else {
      from = dayNumber(year, 1, 1);
      to = dayNumber(year, 12, 31);
      if (period === 'ytd') {
        const last = asOf(year);
        if (last === null) {
          figureCache.set(key, null);
          return null;
        }
        to = last;
      }
      required = (n) => minValidDays(n, 'range');
    }
    const prev = samePeriodLastYear(from, to);
    const out: CityFigures[] = [];
    for (const i of info.values()) {
      if (!i.extent || i.extent.from > to || i.extent.to < from) continue;
      const days = areaDays(i.area.name, year, year);
      const base = days[0]!.day;
      const slice = days.slice(from - base, to - base + 1);
      if (!slice.some((d) => d.valid || d.stations > 0)) continue;
      const ps = periodStats(slice, { area: i.area.name, from, to, settings });
      // Last year's same period only when the area has data then (else no comparison, nothing computed).
      let last = null;
      if (i.extent.from <= prev.to) {
        const before = areaDays(i.area.name, year - 1, year - 1);
        const prevSlice = before.slice(prev.from - before[0]!.day, prev.to - before[0]!.day + 1);
        if (prevSlice.some((d) => d.valid)) last = periodStats(prevSlice, { area: i.area.name, from: prev.from, to: prev.to, settings });
      }
      out.push(cityFigures(i.area.name, ps, last, required(ps.calendarDays)));
    }
    const r = { from, to, figures: out };
    figureCache.set(key, r);
    return r;
  };
  return { dataset, settings, areas, info, store, areaDays, validDays, asOf, figures };
}
