/**
 * The merge of packed files (`packDataset`) from their station-daily values: the same Dataset, issues and
 * station-daily values as `mergeDatasets` over the unpacked files followed by `stationDailyStore`, but
 * hourly values are read only for the station-days that two files both hold (to merge their hours, HJ 663
 * §6.1.2 then applied to the merged day). A national year of one-day files has none: no station-day
 * object is made and the hourly values need not be held at all (issue 9, "aggregate once").
 */
import type { Dataset, DayNumber, Station, StationDay } from '../types.ts';
import { applyRegistry, emptyDataset, mergeHours, mergePart } from './dataset.ts';
import { DAY_VALUES, HOURS } from './stationDay.ts';
import { unpackTransferred } from '../persist/codec.ts';
import type { PackedDataset, PackedStation } from '../persist/codec.ts';
import { DAILY_WIDTH, HOURS_WIDTH, attachStationDaily, dailySeries } from '../aggregate/stationStore.ts';
import type { StationDailySeries, StationDailyStore } from '../aggregate/stationStore.ts';

/** Where a station-day is first held: block `b` of the station's blocks, day `i` of that block. */
interface Ref { b: number; i: number }

/** One station's blocks across files, the span of their days, and (once two spans meet) the days held. */
interface StationBlocks {
  blocks: PackedStation[];
  min: number;
  max: number;
  /** day → first holder; built when a block's span meets the span so far. */
  held?: Map<DayNumber, Ref>;
  /** Station-days two files hold, hours merged (copies; the packed files are never modified). */
  merged?: Map<DayNumber, StationDay>;
}

function spanOf(days: Int32Array): { min: number; max: number } {
  let min = Infinity, max = -Infinity;
  for (let i = 0; i < days.length; i++) {
    const d = days[i]!;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  return { min, max };
}

/**
 * Walks the station blocks of `parts` in merge order, calling `overlap(part, block, i, first)` for each
 * station-day an earlier part already holds (`first`: its first holder). Returns the blocks per station.
 */
function walkBlocks(
  parts: readonly PackedDataset[],
  overlap?: (part: number, st: StationBlocks, h: PackedStation, i: number, first: Ref) => void,
  perPart?: (part: number, walk: () => void) => void,
): Map<string, StationBlocks> {
  const stations = new Map<string, StationBlocks>();
  parts.forEach((p, k) => {
    const walk = () => {
      for (const h of p.hourly) {
        const n = h.days.length;
        if (n === 0) continue;
        const span = spanOf(h.days);
        let st = stations.get(h.key);
        if (!st) {
          stations.set(h.key, { blocks: [h], min: span.min, max: span.max });
          continue;
        }
        const b = st.blocks.length;
        st.blocks.push(h);
        const meets = !(span.max < st.min || span.min > st.max);
        st.min = Math.min(st.min, span.min);
        st.max = Math.max(st.max, span.max);
        if (!meets && !st.held) continue;
        if (!st.held) {
          st.held = new Map();
          for (let j = 0; j < b; j++) {
            const days = st.blocks[j]!.days;
            for (let i = 0; i < days.length; i++) st.held.set(days[i]!, { b: j, i });
          }
        }
        for (let i = 0; i < n; i++) {
          const d = h.days[i]!;
          const first = st.held.get(d);
          if (first) overlap?.(k, st, h, i, first);
          else st.held.set(d, { b, i });
        }
      }
    };
    if (perPart) perPart(k, walk);
    else walk();
  });
  return stations;
}

/**
 * The parts whose hourly values a merge needs: those holding a station-day that another part holds too.
 * A caller that packed its files without hourly values (`withoutHourlyValues`) reads these again with them.
 */
export function partsNeedingHourly(parts: readonly PackedDataset[]): Set<number> {
  const owner = new Map<PackedStation, number>();
  parts.forEach((p, k) => { for (const h of p.hourly) owner.set(h, k); });
  const need = new Set<number>();
  walkBlocks(parts, (k, st, _h, _i, first) => {
    need.add(k);
    need.add(owner.get(st.blocks[first.b]!)!);
  });
  return need;
}

function dayOf(h: PackedStation, i: number): StationDay {
  if (h.values.length < (i + 1) * DAY_VALUES) throw new Error(`no hourly values: ${h.key}`);
  return { values: h.values.subarray(i * DAY_VALUES, (i + 1) * DAY_VALUES), seen: h.seen.subarray(i * HOURS, (i + 1) * HOURS) };
}

/**
 * Merges packed files (each with its station-daily values, `packDataset`/`withStationDaily`) into one
 * Dataset in file order, with `mergeDatasets`'s rules and issues, and attaches its station-daily store
 * (`stationDailyOf`). The Dataset's `hourly` lists the stations with data but holds no hourly values:
 * every figure is computed from the store. Parts holding a station-day another part holds must carry
 * their hourly values (`partsNeedingHourly`); the packed arrays are read, never modified.
 */
export function mergePackedFiles(parts: readonly PackedDataset[]): { dataset: Dataset; store: StationDailyStore } {
  const out = emptyDataset();
  const registry: Station[] = [];
  const noDays: Map<DayNumber, StationDay> = new Map();
  let tally: Parameters<typeof mergeHours>[4] | null = null;
  const stations = walkBlocks(
    parts,
    (_k, st, h, i, first) => {
      st.merged ??= new Map();
      const d = h.days[i]!;
      let t = st.merged.get(d);
      if (!t) {
        const src = dayOf(st.blocks[first.b]!, first.i);
        t = { values: new Float64Array(src.values), seen: new Uint8Array(src.seen) };
        st.merged.set(d, t);
      }
      mergeHours(t, dayOf(h, i), h.key, d, tally!, false);
    },
    (k, walk) => {
      const p = parts[k]!;
      const { dataset: tables } = unpackTransferred({ ...p, hourly: [], withoutHourlyValues: undefined });
      const withData = new Set<string>();
      for (const h of p.hourly) if (h.days.length > 0) withData.add(h.key);
      mergePart(out, tables, (key) => withData.has(key), registry, (t) => {
        tally = t;
        walk();
        for (const key of withData) if (!out.hourly.has(key)) out.hourly.set(key, noDays);
      });
    },
  );
  applyRegistry(out, registry);
  const series = new Map<string, StationDailySeries>();
  for (const [key, st] of stations) series.set(key, seriesOf(st));
  return { dataset: out, store: attachStationDaily(out, series) };
}

/** A station's series from its blocks: each day once (its first holder's values, or the merged day's), ascending. */
function seriesOf(st: StationBlocks): StationDailySeries {
  const only = st.blocks.length === 1 ? st.blocks[0]! : null;
  if (only && ascending(only.days)) return { days: only.days, ...dailyOf(only) };
  if (!st.held && inSequence(st.blocks)) return concatenated(st.blocks);
  const refs: Ref[] = [];
  if (st.held) for (const r of st.held.values()) refs.push(r);
  else st.blocks.forEach((h, b) => { for (let i = 0; i < h.days.length; i++) refs.push({ b, i }); });
  const day = (r: Ref) => st.blocks[r.b]!.days[r.i]!;
  refs.sort((x, y) => day(x) - day(y));
  const n = refs.length;
  const days = new Int32Array(n), daily = new Float64Array(n * DAILY_WIDTH), hours = new Uint8Array(n * HOURS_WIDTH);
  refs.forEach((r, k) => {
    const h = st.blocks[r.b]!;
    const d = (days[k] = day(r));
    const merged = st.merged?.get(d);
    if (merged) {
      const s = dailySeries(Int32Array.of(d), () => merged.values);
      daily.set(s.daily, k * DAILY_WIDTH);
      hours.set(s.hours, k * HOURS_WIDTH);
    } else {
      const x = dailyOf(h);
      daily.set(x.daily.subarray(r.i * DAILY_WIDTH, (r.i + 1) * DAILY_WIDTH), k * DAILY_WIDTH);
      hours.set(x.hours.subarray(r.i * HOURS_WIDTH, (r.i + 1) * HOURS_WIDTH), k * HOURS_WIDTH);
    }
  });
  return { days, daily, hours };
}

/** True when every block's days ascend and each block starts after the one before ends (one-day files in date order). */
function inSequence(blocks: readonly PackedStation[]): boolean {
  let last = -Infinity;
  for (const h of blocks) {
    if (h.days.length === 0 || h.days[0]! <= last || !ascending(h.days)) return false;
    last = h.days[h.days.length - 1]!;
  }
  return true;
}

/** The series of blocks `inSequence`: their days and values one after the other. */
function concatenated(blocks: readonly PackedStation[]): StationDailySeries {
  let n = 0;
  for (const h of blocks) n += h.days.length;
  const days = new Int32Array(n), daily = new Float64Array(n * DAILY_WIDTH), hours = new Uint8Array(n * HOURS_WIDTH);
  let at = 0;
  for (const h of blocks) {
    const x = dailyOf(h);
    days.set(h.days, at);
    daily.set(x.daily, at * DAILY_WIDTH);
    hours.set(x.hours, at * HOURS_WIDTH);
    at += h.days.length;
  }
  return { days, daily, hours };
}

function ascending(days: Int32Array): boolean {
  for (let i = 1; i < days.length; i++) if (days[i]! <= days[i - 1]!) return false;
  return true;
}

/** The block's station-daily values (packed with it, `withStationDaily`). */
function dailyOf(h: PackedStation): { daily: Float64Array; hours: Uint8Array } {
  if (!h.daily || !h.hours) throw new Error(`no station-daily values: ${h.key}`);
  return { daily: h.daily, hours: h.hours };
}
