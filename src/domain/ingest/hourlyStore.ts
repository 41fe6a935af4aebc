/**
 * Hourly records of one file: station → day → `StationDay` (layout in `stationDay.ts`), with the
 * checks that need the whole file — the CO unit applied to every stored CO value, stations frozen
 * on one set of values or without any, and rows labelled hour 24 (1–24 exports).
 */
import { POLLUTANT_INDEX } from '../types.ts';
import type { StationDay } from '../types.ts';
import { isoDate } from '../calendar.ts';
import type { CoDecision, CoUnit } from './coUnit.ts';
import { fixCoValue } from './coUnit.ts';
import { reportBadHour } from './context.ts';
import type { Ctx } from './context.ts';
import type { IssueLog } from './issues.ts';
import { DAY_VALUES, HOURS, SLOTS, anyValue, formatHour, hourOffset, sameSlots } from './stationDay.ts';
import { issueText } from '../text/issues.ts';

const CO_INDEX = POLLUTANT_INDEX.CO;

/** `2021-01-05 07:00` for messages. */
export function hourLabel(day: number, hour: number): string {
  return `${isoDate(day)} ${String(hour).padStart(2, '0')}:00`;
}

/** Hourly records of one file, with a cache for the station-day of the previous row. */
export class HourlyStore {
  readonly map: Map<string, Map<number, StationDay>>;
  private lastKey = '\u0000';
  private lastDays: Map<number, StationDay> | null = null;
  private lastDay = NaN;
  private lastSD: StationDay | null = null;
  private readonly slab = new StationDaySlab();

  constructor(map: Map<string, Map<number, StationDay>>) {
    this.map = map;
  }

  /** The station-day of `key` on `day`, created all-missing when new. */
  get(key: string, day: number): StationDay {
    if (key === this.lastKey && day === this.lastDay && this.lastSD) return this.lastSD;
    if (key !== this.lastKey || !this.lastDays) {
      let days = this.map.get(key);
      if (!days) { days = new Map(); this.map.set(key, days); }
      this.lastDays = days;
      this.lastKey = key;
    }
    let sd = this.lastDays.get(day);
    if (!sd) { sd = this.slab.next(); this.lastDays.set(day, sd); }
    this.lastDay = day;
    this.lastSD = sd;
    return sd;
  }

  /** Decides the CO unit (when the file has CO) and converts or drops the stored CO values. */
  settleCo(co: CoUnit, log: IssueLog, hasCo: boolean): CoDecision | undefined {
    if (!hasCo) return undefined;
    return co.settle(log, (mode) => {
      for (const days of this.map.values()) {
        for (const sd of days.values()) {
          const v = sd.values;
          for (let h = 0; h < HOURS; h++) {
            const i = hourOffset(h) + CO_INDEX;
            const x = v[i]!;
            if (x === x) v[i] = fixCoValue(x, mode);
          }
        }
      }
    });
  }

  /**
   * Flags stations whose every hour repeats one identical set of values (a frozen or decommissioned
   * point, e.g. the zzy95 上兰 rows) and stations without a single value. Nothing is dropped: the
   * warning lets the user decide.
   */
  checkStations(log: IssueLog): void {
    for (const [key, days] of this.map) {
      let first: Float64Array | null = null, firstOff = 0, hours = 0, constant = true, any = false;
      // A station with a value and two different hours gets no issue: the scan stops there.
      scan: for (const sd of days.values()) {
        for (let h = 0; h < HOURS; h++) {
          if (!sd.seen[h]) continue;
          hours++;
          const off = hourOffset(h);
          if (!any && anyValue(sd.values, off)) any = true;
          if (!first) { first = sd.values; firstOff = off; continue; }
          if (constant && !sameSlots(first, firstOff, sd.values, off)) constant = false;
          if (any && !constant) break scan;
        }
      }
      if (hours === 0) continue;
      if (!any) {
        log.add('info', 'station-without-values', key, undefined, () => issueText('issue_stationWithoutValues', { station: key, hours }), `station-without-values\u0000${key}`);
      } else if (constant && hours >= HOURS && first) {
        const vals = formatHour(first, firstOff);
        log.add('warning', 'constant-values', key, undefined, () => issueText('issue_constantValues', { station: key, hours, values: vals }), `constant-values\u0000${key}`);
      }
    }
  }
}

/**
 * Station-days carved out of shared blocks: one typed-array pair per block instead of one per
 * station-day (a national year holds half a million station-days; a backing store each cost more
 * time in allocation and GC than reading their values). Blocks grow from 64 to 4,096 days.
 */
export class StationDaySlab {
  private values = new Float64Array(0);
  private seen = new Uint8Array(0);
  private used = 0;
  private size = 0;
  private nextSize = 64;

  /** A new all-missing station-day (`newStationDay`'s layout, a window on the current block). */
  next(): StationDay {
    if (this.used === this.size) {
      this.size = this.nextSize;
      this.nextSize = Math.min(4096, this.nextSize * 2);
      this.values = new Float64Array(this.size * DAY_VALUES).fill(NaN);
      this.seen = new Uint8Array(this.size * HOURS);
      this.used = 0;
    }
    const i = this.used++;
    return { values: this.values.subarray(i * DAY_VALUES, (i + 1) * DAY_VALUES), seen: this.seen.subarray(i * HOURS, (i + 1) * HOURS) };
  }
}

/** Copies 6 values into hour `hour` of `sd` and marks it seen; true when any value is present. */
export function writeHour(sd: StationDay, hour: number, vals: Float64Array): boolean {
  const off = hourOffset(hour), v = sd.values;
  let any = false;
  for (let p = 0; p < SLOTS; p++) {
    const x = vals[p]!;
    v[off + p] = x;
    if (x === x) any = true;
  }
  sd.seen[hour] = 1;
  return any;
}

/**
 * Rows labelled hour 24. Exports that count hours 1–24 (no hour 0 anywhere in the file) mean the
 * next day's 00 by 24; in a file that also has hour 0, a 24 is an invalid hour. The rows wait until
 * the file is read, then are replayed at day + 1, hour 0, or reported.
 */
export class Hour24<T> {
  private readonly rows: { item: T; line: number; cell: string }[] = [];
  private sawHour0 = false;

  /** Notes a row's hour: true for 24, a row the caller then `keep`s for the end of the file. */
  is24(hour: number): boolean {
    if (hour === 24) return true;
    if (hour === 0) this.sawHour0 = true;
    return false;
  }

  /** Keeps an hour-24 row (`cell`: its hour cell, for the report when 24 turns out invalid). */
  keep(item: T, line: number, cell: string): void {
    this.rows.push({ item, line, cell });
  }

  /** At the end of the file: replays the hour-24 rows as 00 of the next day, or reports them. */
  settle(ctx: Ctx, label: string, replay: (item: T, line: number) => void): void {
    if (this.rows.length === 0) return;
    if (!this.sawHour0) {
      ctx.log.add('info', 'hour-24', label, this.rows[0]!.line, () => issueText('issue_hour24', {}));
      for (const d of this.rows) replay(d.item, d.line);
    } else {
      for (const d of this.rows) reportBadHour(ctx, d.cell, label, d.line);
    }
  }
}
