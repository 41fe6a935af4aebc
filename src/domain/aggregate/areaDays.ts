/**
 * Area (city) daily values and the daily AQI for every calendar day of a range
 * (HJ 663 city value, HJ 633 日报; standards.md §2.4, §2.8, §8).
 */
import { DAILY_INDICATORS } from '../types.ts';
import type { DailyIndicator, Dataset, DayNumber, DayResult, EditionId, LimitPhase, Settings } from '../types.ts';
import { isoDate } from '../calendar.ts';
import { editionForDay, limitPhaseFor } from '../standards/editions.ts';
import { dailyAqi, dailyIndicatorsFor } from '../aqi/dailyAqi.ts';
import { DAILY_SLOT } from './stationDaily.ts';
import { evaluationStations, findArea, resolveArea } from './areas.ts';
import type { Area } from './areas.ts';
import { carriedIndicatorsOf } from './carried.ts';
import { DAILY_WIDTH, firstDayFrom, stationDailyOf, type StationDailySeries, type StationDailyStore } from './stationStore.ts';

const N_SLOTS = DAILY_INDICATORS.length;

function emptyConc(): Record<DailyIndicator, number | null> {
  return { SO2: null, NO2: null, PM10: null, 'PM2.5': null, CO: null, O3_8h: null, O3_1h: null };
}

function noDataDay(d: DayNumber, edition: EditionId, dust: boolean): DayResult {
  return {
    date: isoDate(d), day: d, edition, conc: emptyConc(), iaqi: {}, aqi: null, category: null,
    primary: [], exceeding: [], valid: false, stations: 0, dust,
  };
}

/** Edition and limit phase per day, computed once per distinct (edition choice, day). */
function editionOf(d: DayNumber, settings: Settings): { edition: EditionId; phase: LimitPhase } {
  const edition = editionForDay(d, settings.edition);
  return { edition, phase: limitPhaseFor(d, edition) };
}

function dayResult(
  d: DayNumber,
  conc: Record<DailyIndicator, number | null>,
  required: (edition: EditionId) => readonly DailyIndicator[],
  settings: Settings,
  stations: number,
  dust: boolean,
): DayResult {
  const { edition, phase } = editionOf(d, settings);
  if (stations === 0) return noDataDay(d, edition, dust);
  const r = dailyAqi(conc, { edition, phase, required: required(edition) });
  const aqi = r.valid ? r.aqi : null;
  return {
    date: isoDate(d), day: d, edition, conc, iaqi: r.iaqi, aqi,
    category: aqi === null ? null : r.category,
    primary: aqi === null ? [] : r.primary,
    exceeding: r.exceeding,
    valid: aqi !== null,
    stations, dust,
  };
}

/**
 * One DayResult for EVERY calendar day in [from, to], sorted (days without data: valid = false, aqi null).
 * - Hourly areas: the city daily value is the arithmetic mean of the valid station daily values of that
 *   day, per indicator (station first, standards.md §8; background stations excluded when
 *   `settings.excludeBackgroundStations`); then the daily AQI of the day's edition
 *   (`editionForDay(day, settings.edition)`, HJ 633-2012 §5.1.2 / HJ 633-2026 §4.2.2).
 * - Daily-table areas use their rows.
 * - Required indicators (both kinds): the edition's indicators ∩ those the area carries
 *   (`carriedIndicatorsOf`: a pollutant with no valid value in the whole area data is "not monitored
 *   by design", HJ 633-2026 §5.3.2; same default for 2012-era data, a convention). A carried
 *   indicator missing on a day follows the HJ 633-2026 §5.3.1 NA rule inside `dailyAqi`.
 * `dust` = `dataset.dustDays` has the date.
 */
export function computeAreaDays(
  dataset: Dataset,
  area: string | Area,
  settings: Settings,
  range: { from: DayNumber; to: DayNumber },
  store?: StationDailyStore,
): DayResult[] {
  const a = typeof area === 'string' ? resolveArea(dataset, area, settings) : area;
  const out: DayResult[] = [];
  if (range.to < range.from) return out;
  const isDust = (d: DayNumber) => dataset.dustDays.size > 0 && dataset.dustDays.has(isoDate(d));
  const stored = store?.dataset === dataset ? store : stationDailyOf(dataset);
  const carried = carriedIndicatorsOf(dataset, a, settings, stored);
  const requiredByEdition = new Map<EditionId, readonly DailyIndicator[]>();
  const required = (e: EditionId) => {
    let r = requiredByEdition.get(e);
    if (!r) {
      r = dailyIndicatorsFor(e).filter((i) => carried.has(i));
      requiredByEdition.set(e, r);
    }
    return r;
  };

  if (a.source === 'daily') {
    const table = dataset.daily.get(a.tableKey ?? a.name) ?? new Map();
    for (let d = range.from; d <= range.to; d++) {
      const row = table.get(d);
      const conc = emptyConc();
      let any = 0;
      if (row) {
        for (const ind of DAILY_INDICATORS) {
          const v = row.values[ind];
          if (v !== undefined && Number.isFinite(v)) {
            conc[ind] = v;
            any = 1;
          }
        }
      }
      out.push(dayResult(d, conc, required, settings, any, isDust(d)));
    }
    return out;
  }

  return storedAreaDays(stored, a, settings, range, required, isDust);
}

/**
 * City days of an hourly area from station-daily values (HJ 663: the arithmetic mean of the valid
 * station daily values of each day, per indicator, stations in evaluation order).
 */
function storedAreaDays(
  store: StationDailyStore,
  a: Area,
  settings: Settings,
  range: { from: DayNumber; to: DayNumber },
  required: (e: EditionId) => readonly DailyIndicator[],
  isDust: (d: DayNumber) => boolean,
): DayResult[] {
  const out: DayResult[] = [];
  const series: StationDailySeries[] = [];
  const at: number[] = [];
  for (const s of evaluationStations(a, settings)) {
    const x = store.get(s.key);
    if (!x) continue;
    series.push(x);
    at.push(firstDayFrom(x.days, range.from));
  }
  const sums = new Float64Array(N_SLOTS);
  const counts = new Int32Array(N_SLOTS);
  for (let d = range.from; d <= range.to; d++) {
    sums.fill(0);
    counts.fill(0);
    let stations = 0;
    for (let k = 0; k < series.length; k++) {
      const x = series[k]!;
      const p = at[k]!;
      if (p >= x.days.length || x.days[p] !== d) continue;
      at[k] = p + 1;
      const base = p * DAILY_WIDTH;
      let contributed = false;
      for (let i = 0; i < N_SLOTS; i++) {
        const v = x.daily[base + i]!;
        if (v === v) {
          sums[i]! += v;
          counts[i]!++;
          contributed = true;
        }
      }
      if (contributed) stations++;
    }
    const conc = emptyConc();
    for (const ind of DAILY_INDICATORS) {
      const i = DAILY_SLOT[ind];
      if (counts[i]! > 0) conc[ind] = sums[i]! / counts[i]!;
    }
    out.push(dayResult(d, conc, required, settings, stations, isDust(d)));
  }
  return out;
}

/** The first and last day with any data for the area (its evaluation stations, or its table); null when none. */
export function dataExtent(dataset: Dataset, area: string, settings: Settings): { from: DayNumber; to: DayNumber } | null {
  return dataExtentOf(dataset, resolveArea(dataset, area, settings), settings);
}

/** `dataExtent` for a resolved area. */
export function dataExtentOf(dataset: Dataset, a: Area, settings: Settings, store?: StationDailyStore): { from: DayNumber; to: DayNumber } | null {
  let from = Infinity;
  let to = -Infinity;
  if (a.source === 'daily') {
    const t = dataset.daily.get(a.tableKey ?? a.name);
    for (const d of t?.keys() ?? []) {
      if (d < from) from = d;
      if (d > to) to = d;
    }
    return from === Infinity ? null : { from, to };
  }
  const stored = store?.dataset === dataset ? store : stationDailyOf(dataset);
  for (const s of evaluationStations(a, settings)) {
    const x = stored.get(s.key);
    if (!x) continue;
    if (x.days[0]! < from) from = x.days[0]!;
    if (x.days[x.days.length - 1]! > to) to = x.days[x.days.length - 1]!;
  }
  return from === Infinity ? null : { from, to };
}

/**
 * Daily indicators absent from the area's whole data — not carried (`carriedIndicatorsOf`: no valid
 * hourly value at any evaluation station, or no daily-table column) although the daily AQI of the
 * editions its data fall under uses them (HJ 633-2012 §5.1.2: 7 indicators; HJ 633-2026 §4.2.2: 6,
 * no O3_1h). The daily AQI is computed without them (HJ 633-2026 §5.3.2, not monitored by design),
 * so the page and the report must say so. DAILY_INDICATORS order; empty when the area has no data
 * or names no area.
 * @example hourly files without a CO column → ['CO']; without O3, 2012-era data → ['O3_8h', 'O3_1h']
 */
export function absentIndicators(dataset: Dataset, area: string, settings: Settings): DailyIndicator[] {
  const a = findArea(dataset, area, settings);
  return a ? absentIndicatorsOf(dataset, a, settings) : [];
}

/** `absentIndicators` for a resolved area (its extent given when already known). */
export function absentIndicatorsOf(
  dataset: Dataset,
  area: Area,
  settings: Settings,
  ext: { from: DayNumber; to: DayNumber } | null = dataExtentOf(dataset, area, settings),
  store?: StationDailyStore,
): DailyIndicator[] {
  if (!ext) return [];
  const carried = carriedIndicatorsOf(dataset, area, settings, store);
  // Editions are monotonic in the day (auto: 2012 before 2026-03-01), so the ends give every edition.
  const used = new Set<DailyIndicator>([
    ...dailyIndicatorsFor(editionForDay(ext.from, settings.edition)),
    ...dailyIndicatorsFor(editionForDay(ext.to, settings.edition)),
  ]);
  return DAILY_INDICATORS.filter((i) => used.has(i) && !carried.has(i));
}
