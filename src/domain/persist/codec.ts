/**
 * A Dataset (one per loaded file, as the worker keeps them) packed for IndexedDB: compact typed
 * arrays per station instead of thousands of small objects, the computed/ingested records only
 * (never the raw bytes of the file). Pure and DOM-free: the worker packs and unpacks, the page
 * only stores what it is given. A schema version guards every stored record; anything that does
 * not match it exactly is refused as a whole (the app then starts clean).
 */
import { DAILY_INDICATORS } from '../types.ts';
import type { DailyIndicator, DailyRow, Dataset, FileSummary, Issue, Station, StationDay } from '../types.ts';
import { DAILY_WIDTH, HOURS_WIDTH, dailySeries } from '../aggregate/stationStore.ts';

/** Bump when the packed layout or the meaning of a Dataset field changes. */
export const PERSIST_SCHEMA = 1 as const;

const HOURS = 24;
const VALUES_PER_DAY = 144; // 24 hours × 6 pollutants (types.ts StationDay)

export interface PackedStation {
  key: string;
  /** Day numbers: ascending as stored (see `packDataset`). */
  days: Int32Array;
  /** `days.length × 144` values, day after day (NaN = missing). */
  values: Float64Array;
  /** `days.length × 24` seen flags. */
  seen: Uint8Array;
  /**
   * The station-daily values of these days, computed where the file was read (`dailySeries`: GB 3095
   * Table 4 + HJ 663 §6.1.2): `days.length × 7` daily statistics and `days.length × 6` valid hours.
   * Absent in records stored before they were packed with the file (`withStationDaily` adds them).
   */
  daily?: Float64Array;
  hours?: Uint8Array;
}

export interface PackedDataset {
  schema: typeof PERSIST_SCHEMA;
  /** The file this Dataset was read from (the worker's key). */
  name: string;
  stations: Station[];
  hourly: PackedStation[];
  daily: { area: string; rows: DailyRow[] }[];
  dailyIndicators: { area: string; indicators: DailyIndicator[] }[];
  dustDays: string[];
  /**
   * Monthly dust fall per county (`Dataset.dustFall`), as [month, value] pairs. Absent in records
   * stored before dust-fall tables were read (same schema: such a record simply has none).
   */
  dustFall?: { county: string; months: [string, number][] }[];
  files: FileSummary[];
  issues: Issue[];
  /**
   * True when the hourly values were left out (`values` and `seen` empty): a file sent between threads
   * for a merge from its station-daily values only. Never stored; never unpacked into a Dataset.
   */
  withoutHourlyValues?: true;
}

/**
 * Largest packed Dataset (bytes of its typed arrays) stored in the browser. Packing copies the
 * data and IndexedDB copies it again while writing, so a file whose records alone take hundreds of
 * MB (e.g. a 300 MB CSV of 5 million station-hours) would push the tab past its memory budget; it
 * stays loaded for the session but is not saved, and the page says so.
 */
export const PERSIST_MAX_BYTES = 96 * 1024 * 1024;

/** Bytes the packed hourly arrays of a Dataset would take (days × (144 values + 24 flags + day number)). */
export function packedSizeBytes(ds: Dataset): number {
  let days = 0;
  for (const byDay of ds.hourly.values()) days += byDay.size;
  return days * (VALUES_PER_DAY * 8 + HOURS + 4);
}

/**
 * Packs one file's Dataset. Days go in ascending order (what is stored), or `'as-read'` in the
 * order of the Dataset's maps (the CLI's reading threads: unpacked, the Dataset iterates exactly
 * as the one that was packed).
 */
export function packDataset(
  name: string,
  ds: Dataset,
  order: 'ascending' | 'as-read' = 'ascending',
  opts: { hourlyValues?: boolean } = {},
): PackedDataset {
  const keepValues = opts.hourlyValues ?? true;
  const hourly: PackedStation[] = [];
  // As read (a transfer between threads), every block is a window on one set of three buffers: a
  // national file of 1,600 stations moves as 3 buffers, not 4,800.
  let total = 0;
  if (order === 'as-read') for (const byDay of ds.hourly.values()) total += byDay.size;
  const allDays = new Int32Array(total), allValues = new Float64Array(keepValues ? total * VALUES_PER_DAY : 0), allSeen = new Uint8Array(keepValues ? total * HOURS : 0);
  const allDaily = new Float64Array(total * DAILY_WIDTH), allHours = new Uint8Array(total * HOURS_WIDTH);
  let at = 0;
  for (const [key, byDay] of ds.hourly) {
    const keys = [...byDay.keys()];
    let days: Int32Array, values: Float64Array, seen: Uint8Array, daily: Float64Array, hours: Uint8Array;
    if (order === 'as-read') {
      const n = keys.length;
      days = allDays.subarray(at, at + n);
      days.set(keys);
      values = keepValues ? allValues.subarray(at * VALUES_PER_DAY, (at + n) * VALUES_PER_DAY) : allValues;
      seen = keepValues ? allSeen.subarray(at * HOURS, (at + n) * HOURS) : allSeen;
      daily = allDaily.subarray(at * DAILY_WIDTH, (at + n) * DAILY_WIDTH);
      hours = allHours.subarray(at * HOURS_WIDTH, (at + n) * HOURS_WIDTH);
      at += n;
    } else {
      days = Int32Array.from(keys.sort((a, b) => a - b));
      values = new Float64Array(keepValues ? days.length * VALUES_PER_DAY : 0);
      seen = new Uint8Array(keepValues ? days.length * HOURS : 0);
      daily = new Float64Array(days.length * DAILY_WIDTH);
      hours = new Uint8Array(days.length * HOURS_WIDTH);
    }
    if (keepValues) {
      days.forEach((d, i) => {
        const sd = byDay.get(d)!;
        values.set(sd.values, i * VALUES_PER_DAY);
        seen.set(sd.seen, i * HOURS);
      });
    }
    const s = dailySeries(days, (i) => byDay.get(days[i]!)!.values);
    daily.set(s.daily);
    hours.set(s.hours);
    hourly.push({ key, days, values, seen, daily, hours });
  }
  return {
    schema: PERSIST_SCHEMA,
    name,
    stations: [...ds.stations.values()],
    hourly,
    daily: [...ds.daily].map(([area, rows]) => ({ area, rows: [...rows.values()] })),
    dailyIndicators: [...ds.dailyIndicators].map(([area, set]) => ({ area, indicators: [...set] })),
    dustDays: [...ds.dustDays],
    dustFall: [...ds.dustFall].map(([county, months]) => ({ county, months: [...months] })),
    files: ds.files,
    issues: ds.issues,
    ...(keepValues ? {} : { withoutHourlyValues: true as const }),
  };
}

/**
 * The packed file with the station-daily values of every station block (`PackedStation.daily`), computed
 * from its hourly values where a record stored before they were packed lacks them. Modifies and returns `p`.
 */
export function withStationDaily(p: PackedDataset): PackedDataset {
  for (const h of p.hourly) {
    const n = h.days.length;
    if (h.daily instanceof Float64Array && h.hours instanceof Uint8Array && h.daily.length === n * DAILY_WIDTH && h.hours.length === n * HOURS_WIDTH) continue;
    const s = dailySeries(h.days, (i) => h.values.subarray(i * VALUES_PER_DAY, (i + 1) * VALUES_PER_DAY));
    h.daily = s.daily;
    h.hours = s.hours;
  }
  return p;
}

/** The buffers of a packed Dataset (each once), for a zero-copy `postMessage` transfer. */
export function packedBuffers(p: PackedDataset): ArrayBuffer[] {
  const buffers = p.hourly.flatMap((h) => [h.days.buffer, h.values.buffer, h.seen.buffer, ...(h.daily && h.hours ? [h.daily.buffer, h.hours.buffer] : [])] as ArrayBuffer[]);
  return [...new Set(buffers)];
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isArr = Array.isArray;

/**
 * Unpacks a stored record; throws a readable Error when it is not a Dataset of this schema
 * (older format, truncated or corrupt), so that nothing half-read is ever used.
 */
export function unpackDataset(raw: unknown): { name: string; dataset: Dataset } {
  return unpack(raw, 'copies');
}

/**
 * Unpacks a Dataset just transferred from another thread (`packedBuffers`): the same checks, but the
 * station-days are windows on the packed arrays, not copies.
 */
export function unpackTransferred(raw: unknown): { name: string; dataset: Dataset } {
  return unpack(raw, 'views');
}

/**
 * Checks a stored or transferred packed file as a whole (`unpackTransferred`'s checks; a file packed
 * without its hourly values: its tables, and each station block's days with their station-daily values)
 * and returns it; throws a readable Error on anything malformed.
 */
export function checkPacked(raw: unknown): PackedDataset {
  if (!isObj(raw) || !raw.withoutHourlyValues) {
    unpackTransferred(raw);
    return raw as unknown as PackedDataset;
  }
  const p = raw as unknown as PackedDataset;
  unpack({ ...p, hourly: [], withoutHourlyValues: undefined }, 'views');
  for (const h of p.hourly) {
    const n = isObj(h) && h.days instanceof Int32Array ? h.days.length : -1;
    if (n < 0 || typeof h.key !== 'string' || !(h.daily instanceof Float64Array) || !(h.hours instanceof Uint8Array)
      || h.daily.length !== n * DAILY_WIDTH || h.hours.length !== n * HOURS_WIDTH) throw new Error('stored station-daily block is malformed');
  }
  return p;
}

function unpack(raw: unknown, blocks: 'copies' | 'views'): { name: string; dataset: Dataset } {
  if (!isObj(raw)) throw new Error('stored dataset is not an object');
  if (raw.withoutHourlyValues) throw new Error('packed file has no hourly values to unpack');
  if (raw.schema !== PERSIST_SCHEMA) throw new Error(`stored dataset has schema ${String(raw.schema)}, expected ${PERSIST_SCHEMA}`);
  const p = raw as unknown as PackedDataset;
  if (typeof p.name !== 'string' || !isArr(p.stations) || !isArr(p.hourly) || !isArr(p.daily) || !isArr(p.dailyIndicators)
    || !isArr(p.dustDays) || (p.dustFall !== undefined && !isArr(p.dustFall)) || !isArr(p.files) || !isArr(p.issues)) {
    throw new Error('stored dataset is missing fields');
  }
  const stations = new Map<string, Station>();
  for (const s of p.stations) {
    if (!isObj(s) || typeof s.key !== 'string' || typeof s.name !== 'string') throw new Error('stored station is malformed');
    stations.set(s.key, s);
  }
  const hourly = new Map<string, Map<number, StationDay>>();
  for (const h of p.hourly) {
    if (!isObj(h) || typeof h.key !== 'string' || !(h.days instanceof Int32Array) || !(h.values instanceof Float64Array)
      || !(h.seen instanceof Uint8Array)) throw new Error('stored hourly block is malformed');
    const n = h.days.length;
    if (h.values.length !== n * VALUES_PER_DAY || h.seen.length !== n * HOURS) throw new Error(`stored hourly block of ${h.key} is truncated`);
    const byDay = new Map<number, StationDay>();
    for (let i = 0; i < n; i++) {
      byDay.set(h.days[i]!, {
        values: blocks === 'views' ? h.values.subarray(i * VALUES_PER_DAY, (i + 1) * VALUES_PER_DAY) : h.values.slice(i * VALUES_PER_DAY, (i + 1) * VALUES_PER_DAY),
        seen: blocks === 'views' ? h.seen.subarray(i * HOURS, (i + 1) * HOURS) : h.seen.slice(i * HOURS, (i + 1) * HOURS),
      });
    }
    hourly.set(h.key, byDay);
  }
  const daily = new Map<string, Map<number, DailyRow>>();
  for (const d of p.daily) {
    if (!isObj(d) || typeof d.area !== 'string' || !isArr(d.rows)) throw new Error('stored daily table is malformed');
    const rows = new Map<number, DailyRow>();
    for (const r of d.rows) {
      if (!isObj(r) || typeof r.day !== 'number' || !isObj(r.values)) throw new Error('stored daily row is malformed');
      rows.set(r.day, r);
    }
    daily.set(d.area, rows);
  }
  const known = new Set<string>(DAILY_INDICATORS);
  const dailyIndicators = new Map<string, Set<DailyIndicator>>();
  for (const d of p.dailyIndicators) {
    if (!isObj(d) || typeof d.area !== 'string' || !isArr(d.indicators) || !d.indicators.every((x) => known.has(x))) {
      throw new Error('stored indicator list is malformed');
    }
    dailyIndicators.set(d.area, new Set(d.indicators));
  }
  const dustFall = new Map<string, Map<string, number>>();
  for (const d of p.dustFall ?? []) {
    if (!isObj(d) || typeof d.county !== 'string' || !isArr(d.months)
      || !d.months.every((x) => isArr(x) && typeof x[0] === 'string' && typeof x[1] === 'number')) {
      throw new Error('stored dust-fall table is malformed');
    }
    dustFall.set(d.county, new Map(d.months));
  }
  return {
    name: p.name,
    dataset: { stations, hourly, daily, dailyIndicators, dustDays: new Set(p.dustDays), dustFall, files: p.files, issues: p.issues },
  };
}
