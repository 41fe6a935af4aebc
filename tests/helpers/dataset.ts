/**
 * Hand-built Datasets for tests of the aggregation and statistics (no parsing involved).
 * Not used by production code.
 */
import { POLLUTANT_INDEX } from '../../src/domain/types.ts';
import type { DailyIndicator, Dataset, DayNumber, Pollutant, Station, StationDay } from '../../src/domain/types.ts';
import { parseIsoDate } from '../../src/domain/calendar.ts';
import { emptyDataset } from '../../src/domain/ingest/dataset.ts';

export { emptyDataset };

export function day(iso: string): DayNumber {
  const d = parseIsoDate(iso);
  if (d === null) throw new Error(`bad test date ${iso}`);
  return d;
}

export function emptyStationDay(): StationDay {
  return { values: new Float64Array(24 * 6).fill(NaN), seen: new Uint8Array(24) };
}

export function addStation(ds: Dataset, station: Partial<Station> & { key: string }): Station {
  const s: Station = { name: station.key, ...station };
  ds.stations.set(s.key, s);
  if (!ds.hourly.has(s.key)) ds.hourly.set(s.key, new Map());
  return s;
}

function stationDay(ds: Dataset, key: string, iso: string): StationDay {
  let byDay = ds.hourly.get(key);
  if (!byDay) {
    addStation(ds, { key });
    byDay = ds.hourly.get(key)!;
  }
  const d = day(iso);
  let sd = byDay.get(d);
  if (!sd) {
    sd = emptyStationDay();
    byDay.set(d, sd);
  }
  return sd;
}

/**
 * Sets hourly values of one pollutant on one station-day: `hours[h]` for h = 0..23
 * (null/undefined/NaN = missing; a shorter array leaves the later hours missing).
 */
export function setHours(
  ds: Dataset,
  key: string,
  iso: string,
  p: Pollutant,
  hours: readonly (number | null | undefined)[],
): void {
  const sd = stationDay(ds, key, iso);
  for (let h = 0; h < 24; h++) {
    const v = hours[h];
    sd.values[h * 6 + POLLUTANT_INDEX[p]] = v === null || v === undefined ? NaN : v;
    if (v !== null && v !== undefined) sd.seen[h] = 1;
  }
}

/** Sets a whole day of a pollutant to one constant value for all 24 hours. */
export function setConstantDay(ds: Dataset, key: string, iso: string, p: Pollutant, value: number): void {
  setHours(ds, key, iso, p, new Array<number>(24).fill(value));
}

/** Sets all six pollutants of a station-day to constant values (24 valid hours each). */
export function setFullDay(ds: Dataset, key: string, iso: string, conc: Record<Pollutant, number>): void {
  for (const p of Object.keys(conc) as Pollutant[]) setConstantDay(ds, key, iso, p, conc[p]);
}

/** Adds a row to a daily table of `area`, registering the indicators it carries. */
export function addDailyRow(ds: Dataset, area: string, iso: string, values: Partial<Record<DailyIndicator, number>>): void {
  let byDay = ds.daily.get(area);
  if (!byDay) {
    byDay = new Map();
    ds.daily.set(area, byDay);
  }
  const d = day(iso);
  byDay.set(d, { area, day: d, values });
  let inds = ds.dailyIndicators.get(area);
  if (!inds) {
    inds = new Set();
    ds.dailyIndicators.set(area, inds);
  }
  for (const k of Object.keys(values) as DailyIndicator[]) inds.add(k);
}
