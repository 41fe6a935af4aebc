/**
 * Dataset construction and merging across files: one record per station-hour and per area-day,
 * first file wins on conflicts (reported), identical repeats counted once (reported once).
 */
import type { DailyIndicator, DailyRow, Dataset, DayNumber, Issue, Station, StationDay } from '../types.ts';
import { isoDate } from '../calendar.ts';
import { HOURS, SLOTS, formatHour, hourOffset, sameHour } from './stationDay.ts';
import { issueText, issueTr } from '../text/issues.ts';
import type { Lang } from '../text/text.ts';

export { formatHour, newStationDay, sameHour } from './stationDay.ts';

/** A Dataset with nothing in it. */
export function emptyDataset(): Dataset {
  return {
    stations: new Map(),
    hourly: new Map(),
    daily: new Map(),
    dailyIndicators: new Map(),
    dustDays: new Set(),
    dustFall: new Map(),
    files: [],
    issues: [],
  };
}

/** True when two daily rows carry the same values and published fields. */
export function sameDailyRow(a: DailyRow, b: DailyRow): boolean {
  const ka = Object.keys(a.values) as DailyIndicator[];
  const kb = Object.keys(b.values) as DailyIndicator[];
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (a.values[k] !== b.values[k]) return false;
  const pa = a.published ?? {}, pb = b.published ?? {};
  return pa.aqi === pb.aqi && pa.category === pb.category && pa.primary === pb.primary;
}

/** `PM2.5=35 AQI=50 …` for messages. */
export function formatDailyRow(r: DailyRow): string {
  const parts = Object.entries(r.values).map(([k, v]) => `${k}=${v}`);
  if (r.published?.aqi !== undefined) parts.push(`AQI=${r.published.aqi}`);
  if (r.published?.category !== undefined) parts.push(`等级=${r.published.category}`);
  return parts.join(' ');
}

/** Name without a parenthesised suffix: `上兰(对照点)` → `上兰`. */
function bareName(name: string): string {
  return name.replace(/[（(][^（）()]*[)）]\s*$/, '').trim();
}

/** Overlaps of one file with the files merged before it. */
export interface OverlapTally {
  identical: number;
  conflicts: number;
  examples: string[];
}

function newTally(): OverlapTally {
  return { identical: 0, conflicts: 0, examples: [] };
}

function emitTally(issues: Issue[], file: string, t: OverlapTally, what: 'hour' | 'day' | 'month'): void {
  const unitKey = what === 'hour' ? 'issue_unit_stationHours' : what === 'day' ? 'issue_unit_areaDays' : 'issue_unit_countyMonths';
  const unit = (lang: Lang) => issueTr(lang, unitKey, {});
  if (t.identical > 0) {
    issues.push({
      file, severity: 'info', code: 'duplicate-rows', count: t.identical,
      message: issueText('issue_mergedSame', (lang) => ({ count: t.identical, unit: unit(lang) })),
    });
  }
  if (t.conflicts > 0) {
    const ex = t.examples.join('；');
    issues.push({
      file, severity: 'warning', code: 'duplicate-conflict', count: t.conflicts,
      message: issueText('issue_mergedDiffers', (lang) => ({ count: t.conflicts, unit: unit(lang), examples: ex })),
    });
  }
}

/**
 * Merge per-file datasets into one. The same station-hour arriving from two files is counted once;
 * when the values differ, the first file wins and a 'duplicate-conflict' warning (file, station,
 * date/hour, both values) is added; identical repeats give one aggregated 'duplicate-rows' info
 * issue. Station lists (stations without hourly data) give stations their code/city/name/background
 * flag (对照点, left out of the city mean by HJ 663) by code or name. Dust-day files are unioned. Daily rows and
 * the county-months of dust-fall tables (plan §21): same rule as hours.
 * Parts are not modified; station-days are shared until a later file adds hours to them.
 * (`mergePackedFiles` is the same merge over packed files, from their station-daily values.)
 */
export function mergeDatasets(parts: readonly Dataset[]): Dataset {
  const out = emptyDataset();
  const owned = new WeakSet<StationDay>();
  const registry: Station[] = [];

  for (const part of parts) {
    mergePart(out, part, (key) => (part.hourly.get(key)?.size ?? 0) > 0, registry, (tally) => {
      for (const [key, days] of part.hourly) {
        if (days.size === 0) continue;
        let target = out.hourly.get(key);
        if (!target) { target = new Map(); out.hourly.set(key, target); }
        for (const [day, sd] of days) {
          let t = target.get(day);
          if (!t) { target.set(day, sd); continue; }
          if (!owned.has(t) && mergeHours(t, sd, key, day, tally, true)) {
            t = { values: new Float64Array(t.values), seen: new Uint8Array(t.seen) };
            owned.add(t);
            target.set(day, t);
          }
          mergeHours(t, sd, key, day, tally, false);
        }
      }
    });
  }

  applyRegistry(out, registry);
  return out;
}

/**
 * Merges the hours of `sd` into `t` (the station-day `key`/`day` as merged so far): an hour only `sd`
 * has is copied; an hour both have counts as identical or, when the values differ, as a conflict
 * (the first file's value stays). `dryRun`: nothing is counted or written; true when `sd` would add
 * an hour to `t` (the caller then copies `t` before writing, when it is shared).
 */
export function mergeHours(t: StationDay, sd: StationDay, key: string, day: DayNumber, tally: OverlapTally, dryRun: boolean): boolean {
  let adds = false;
  for (let h = 0; h < HOURS; h++) {
    if (!sd.seen[h]) continue;
    const off = hourOffset(h);
    if (!t.seen[h]) {
      adds = true;
      if (dryRun) return true;
      for (let p = 0; p < SLOTS; p++) t.values[off + p] = sd.values[off + p]!;
      t.seen[h] = 1;
    } else if (dryRun) {
      continue;
    } else if (sameHour(t.values, sd.values, off)) {
      tally.identical++;
    } else {
      tally.conflicts++;
      if (tally.examples.length < 3) {
        tally.examples.push(`${key} ${isoDate(day)} ${String(h).padStart(2, '0')}:00 [${formatHour(t.values, off)}] / [${formatHour(sd.values, off)}]`);
      }
    }
  }
  return adds;
}

/**
 * One part's turn in a merge, in the order every merge follows (the issues come out in this order):
 * its files and issues, dust days, carried indicators, stations (`hasHourly`: the part has hourly
 * data for the station; the others are registry entries, applied by `applyRegistry` at the end), its
 * hourly values (`mergeHourly`, counting overlaps into the tally), then daily rows and dust fall.
 */
export function mergePart(
  out: Dataset,
  part: Dataset,
  hasHourly: (key: string) => boolean,
  registry: Station[],
  mergeHourly: (tally: OverlapTally) => void,
): void {
  out.files.push(...part.files);
  out.issues.push(...part.issues);
  const file = part.files.map((f) => f.name).join(', ') || '?';
  for (const d of part.dustDays) out.dustDays.add(d);
  for (const [area, set] of part.dailyIndicators) {
    const s = out.dailyIndicators.get(area) ?? new Set<DailyIndicator>();
    for (const i of set) s.add(i);
    out.dailyIndicators.set(area, s);
  }

  // Stations: those with data join the dataset; the others are registry entries (station lists).
  for (const st of part.stations.values()) {
    if (!hasHourly(st.key)) { registry.push(st); continue; }
    const have = out.stations.get(st.key);
    if (!have) out.stations.set(st.key, { ...st });
    else fillStation(have, st);
  }

  // Hourly values.
  const tally = newTally();
  mergeHourly(tally);
  emitTally(out.issues, file, tally, 'hour');

  // Daily rows.
  const dtally = newTally();
  for (const [area, days] of part.daily) {
    let target = out.daily.get(area);
    if (!target) { target = new Map<DayNumber, DailyRow>(); out.daily.set(area, target); }
    for (const [day, row] of days) {
      const have = target.get(day);
      if (!have) { target.set(day, row); continue; }
      if (sameDailyRow(have, row)) dtally.identical++;
      else {
        dtally.conflicts++;
        if (dtally.examples.length < 3) dtally.examples.push(`${area} ${isoDate(day)} [${formatDailyRow(have)}] / [${formatDailyRow(row)}]`);
      }
    }
  }
  emitTally(out.issues, file, dtally, 'day');

  // Monthly dust fall per county.
  const mtally = newTally();
  for (const [county, months] of part.dustFall) {
    let target = out.dustFall.get(county);
    if (!target) { target = new Map(); out.dustFall.set(county, target); }
    for (const [month, v] of months) {
      const have = target.get(month);
      if (have === undefined) target.set(month, v);
      else if (have === v) mtally.identical++;
      else {
        mtally.conflicts++;
        if (mtally.examples.length < 3) mtally.examples.push(`${county} ${month} [${have}] / [${v}]`);
      }
    }
  }
  emitTally(out.issues, file, mtally, 'month');
}

function fillStation(into: Station, from: Station): void {
  if (into.code === undefined && from.code !== undefined) into.code = from.code;
  if (into.city === undefined && from.city !== undefined) into.city = from.city;
  if (into.background === undefined && from.background !== undefined) into.background = from.background;
  if (into.province === undefined && from.province !== undefined) into.province = from.province;
  if (into.name === into.key && from.name !== from.key) into.name = from.name;
}

/** Station-list entries give matching data stations their code, city, name and background flag. */
export function applyRegistry(out: Dataset, registry: readonly Station[]): void {
  if (registry.length === 0) return;
  const byName = new Map<string, Station[]>();
  const byCode = new Map<string, Station>();
  for (const st of out.stations.values()) {
    for (const n of new Set([st.name, bareName(st.name)])) {
      const l = byName.get(n) ?? [];
      l.push(st);
      byName.set(n, l);
    }
    if (st.code !== undefined) byCode.set(st.code, st);
  }
  for (const r of registry) {
    const matches = new Set<Station>();
    const direct = out.stations.get(r.key);
    if (direct) matches.add(direct);
    if (r.code !== undefined) {
      const c = byCode.get(r.code) ?? out.stations.get(r.code);
      if (c) matches.add(c);
    }
    for (const n of [r.name, bareName(r.name)]) for (const st of byName.get(n) ?? []) matches.add(st);
    if (matches.size === 0) {
      const have = out.stations.get(r.key);
      if (!have) out.stations.set(r.key, { ...r });
      continue;
    }
    for (const st of matches) {
      if (st.code === undefined && r.code !== undefined) st.code = r.code;
      if (r.city !== undefined && (st.city === undefined || st.city === '')) st.city = r.city;
      if (r.background !== undefined) st.background = r.background;
      if (r.province !== undefined && st.province === undefined) st.province = r.province;
      if (st.name === st.key && st.code === st.key && r.name !== r.key) st.name = r.name;
    }
  }
}
