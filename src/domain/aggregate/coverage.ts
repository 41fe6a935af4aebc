/**
 * Data completeness against the calendar (GB 3095 Table 4 counts) and station × month means.
 */
import { POLLUTANTS, POLLUTANT_INDEX } from '../types.ts';
import type { Dataset, Pollutant, Settings } from '../types.ts';
import { daysInMonth, monthRange } from '../calendar.ts';
import { DAILY_SLOT } from './stationDaily.ts';
import { resolveArea, type Area } from './areas.ts';
import { DAILY_WIDTH, HOURS_WIDTH, firstDayFrom, stationDailyOf, type StationDailySeries, type StationDailyStore } from './stationStore.ts';
import { EVALUATED_INDICATOR } from '../standards/hj663.ts';

export interface CoverageCell {
  station: string;
  pollutant: Pollutant;
  year: number;
  month: number;
  expectedHours: number;
  validHours: number;
  expectedDays: number;
  validDays: number;
}

/**
 * Walks every station-day of `year` present for the station (ascending), calling `visit(month0, daily,
 * validHours)` with its daily values (DAILY_SLOT order, NaN = invalid) and valid hours per pollutant,
 * read from the station-daily store.
 */
function walkYear(series: StationDailySeries, year: number, visit: (month0: number, daily: Float64Array, hours: Int32Array) => void): void {
  const daily = new Float64Array(DAILY_WIDTH);
  const hours = new Int32Array(HOURS_WIDTH);
  let p = firstDayFrom(series.days, monthRange(year, 1).from);
  for (let m = 1; m <= 12; m++) {
    const { to } = monthRange(year, m);
    for (; p < series.days.length && series.days[p]! <= to; p++) {
      daily.set(series.daily.subarray(p * DAILY_WIDTH, (p + 1) * DAILY_WIDTH));
      for (let i = 0; i < HOURS_WIDTH; i++) hours[i] = series.hours[p * HOURS_WIDTH + i]!;
      visit(m - 1, daily, hours);
    }
  }
}

/** The area itself, or the one of that name (resolved once when the caller has it already). */
function areaOf(dataset: Dataset, area: string | Area, settings: Settings): Area {
  return typeof area === 'string' ? resolveArea(dataset, area, settings) : area;
}

/**
 * Expected vs valid counts against the CALENDAR (not the rows present), per station, pollutant and
 * month of `year`: expected hours = days of the month × 24 (8784 per station-pollutant in 2020),
 * valid hours = hours with a value; expected days = days of the month, valid days = days whose daily
 * value is valid (GB 3095 Table 4: ≥ 20 hours; O3: a valid MDA8, HJ 663 §6.1.2).
 * Every station of the area is listed (background stations too). A daily-table area is one "station"
 * (its name) with 0 expected hours and the days its table carries the pollutant.
 * Order: station, pollutant (SO2, NO2, PM10, PM2.5, CO, O3), month.
 */
export function coverage(dataset: Dataset, area: string | Area, year: number, settings: Settings, store?: StationDailyStore): CoverageCell[] {
  const a = areaOf(dataset, area, settings);
  const stored = store?.dataset === dataset ? store : stationDailyOf(dataset);
  const out: CoverageCell[] = [];
  const expectedDays = Array.from({ length: 12 }, (_, m) => daysInMonth(year, m + 1));

  if (a.source === 'daily') {
    const table = dataset.daily.get(a.tableKey ?? a.name);
    const valid = POLLUTANTS.map(() => new Array<number>(12).fill(0));
    for (let m = 1; m <= 12; m++) {
      const { from, to } = monthRange(year, m);
      for (let d = from; d <= to; d++) {
        const row = table?.get(d);
        if (!row) continue;
        POLLUTANTS.forEach((p, i) => {
          const v = row.values[EVALUATED_INDICATOR[p]];
          if (v !== undefined && Number.isFinite(v)) valid[i]![m - 1]!++;
        });
      }
    }
    POLLUTANTS.forEach((p, i) => {
      for (let m = 0; m < 12; m++) {
        out.push({ station: a.name, pollutant: p, year, month: m + 1, expectedHours: 0, validHours: 0,
          expectedDays: expectedDays[m]!, validDays: valid[i]![m]! });
      }
    });
    return out;
  }

  for (const s of a.stations) {
    const hours = POLLUTANTS.map(() => new Array<number>(12).fill(0));
    const days = POLLUTANTS.map(() => new Array<number>(12).fill(0));
    const series = stored.get(s.key);
    if (series) {
      walkYear(series, year, (m, daily, h) => {
        POLLUTANTS.forEach((p, i) => {
          hours[i]![m]! += h[POLLUTANT_INDEX[p]]!;
          if (!Number.isNaN(daily[DAILY_SLOT[EVALUATED_INDICATOR[p]]]!)) days[i]![m]!++;
        });
      });
    }
    POLLUTANTS.forEach((p, i) => {
      for (let m = 0; m < 12; m++) {
        out.push({ station: s.key, pollutant: p, year, month: m + 1, expectedHours: expectedDays[m]! * 24,
          validHours: hours[i]![m]!, expectedDays: expectedDays[m]!, validDays: days[i]![m]! });
      }
    });
  }
  return out;
}

/**
 * Station × month means of one pollutant over `year` (GB 3095 §3 月平均: the mean of the valid daily
 * values of the month; O3: mean of MDA8), for the station-comparison heatmap. Every station of the
 * area is listed (background stations too); a daily-table area gives one row per month under its name.
 */
export function stationMonthlyMeans(
  dataset: Dataset,
  area: string | Area,
  year: number,
  pollutant: Pollutant,
  settings: Settings,
  store?: StationDailyStore,
): { station: string; month: number; mean: number | null; validDays: number }[] {
  const a = areaOf(dataset, area, settings);
  const stored = store?.dataset === dataset ? store : stationDailyOf(dataset);
  const ind = EVALUATED_INDICATOR[pollutant];
  const out: { station: string; month: number; mean: number | null; validDays: number }[] = [];
  const push = (station: string, sums: number[], counts: number[]) => {
    for (let m = 0; m < 12; m++) {
      const n = counts[m]!;
      out.push({ station, month: m + 1, mean: n > 0 ? sums[m]! / n : null, validDays: n });
    }
  };

  if (a.source === 'daily') {
    const table = dataset.daily.get(a.tableKey ?? a.name);
    const sums = new Array<number>(12).fill(0);
    const counts = new Array<number>(12).fill(0);
    for (let m = 1; m <= 12; m++) {
      const { from, to } = monthRange(year, m);
      for (let d = from; d <= to; d++) {
        const v = table?.get(d)?.values[ind];
        if (v !== undefined && Number.isFinite(v)) {
          sums[m - 1]! += v;
          counts[m - 1]!++;
        }
      }
    }
    push(a.name, sums, counts);
    return out;
  }

  const slot = DAILY_SLOT[ind];
  for (const s of a.stations) {
    const sums = new Array<number>(12).fill(0);
    const counts = new Array<number>(12).fill(0);
    const series = stored.get(s.key);
    if (series) {
      walkYear(series, year, (m, daily) => {
        const v = daily[slot]!;
        if (!Number.isNaN(v)) {
          sums[m]! += v;
          counts[m]!++;
        }
      });
    }
    push(s.key, sums, counts);
  }
  return out;
}
