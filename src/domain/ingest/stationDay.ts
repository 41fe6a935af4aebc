/**
 * The layout of one station-day (`StationDay` in types.ts), written once: 24 hours labelled 0..23
 * (HJ 633 hourly data) × the 6 pollutants of GB 3095-2012 Table 1 in `POLLUTANTS` order, value of
 * hour h and pollutant slot p at `values[h * 6 + p]`, NaN = missing; `seen[h] = 1` once a row for
 * hour h was read. Code that walks hours uses `hourOffset` and `SLOTS` from here.
 */
import { POLLUTANTS } from '../types.ts';
import type { StationDay } from '../types.ts';

/** Hours of a station-day. */
export const HOURS = 24;
/** Pollutant slots per hour (`POLLUTANT_INDEX`). */
export const SLOTS = 6;
/** Values of a station-day. */
export const DAY_VALUES = HOURS * SLOTS;

/** Offset of hour `hour` in `StationDay.values`. */
export function hourOffset(hour: number): number {
  return hour * SLOTS;
}

/** A station-day with every hour missing (`values` all NaN, nothing seen). */
export function newStationDay(): StationDay {
  return { values: new Float64Array(DAY_VALUES).fill(NaN), seen: new Uint8Array(HOURS) };
}

/** True when the 6 values of `a` from `aOff` equal those of `b` from `bOff`, NaN equal to NaN. */
export function sameSlots(a: Float64Array, aOff: number, b: Float64Array, bOff: number): boolean {
  for (let p = 0; p < SLOTS; p++) {
    const x = a[aOff + p]!, y = b[bOff + p]!;
    if (x !== y && !(x !== x && y !== y)) return false;
  }
  return true;
}

/** True when two hourly records (6 values from `offset`) are equal, NaN equal to NaN. */
export function sameHour(a: Float64Array, b: Float64Array, offset: number): boolean {
  return sameSlots(a, offset, b, offset);
}

/** True when any of the 6 values from `offset` is present. */
export function anyValue(values: Float64Array, offset: number): boolean {
  for (let p = 0; p < SLOTS; p++) if (values[offset + p]! === values[offset + p]!) return true;
  return false;
}

/** `SO2=5 NO2=— …` for messages. */
export function formatHour(values: Float64Array, offset: number): string {
  return POLLUTANTS.map((p, i) => {
    const v = values[offset + i]!;
    return `${p}=${v === v ? String(v) : '—'}`;
  }).join(' ');
}
