/**
 * Hourly → daily statistics of one station (GB 3095 Table 4, HJ 663 §6.1.2, standards.md §8).
 * Works directly on the `StationDay` typed array: no per-hour objects.
 */
import { DAILY_INDICATORS, POLLUTANT_INDEX } from '../types.ts';
import type { DailyIndicator, StationDay } from '../types.ts';
import { VALIDITY } from '../standards/hj663.ts';
import { dailyLimit } from '../standards/gb3095.ts';
import { roundHalfEven } from '../math/round.ts';

/** Position of each daily indicator in the Float64Array written by `stationDailyInto`. */
export const DAILY_SLOT: Readonly<Record<DailyIndicator, number>> = {
  SO2: 0, NO2: 1, PM10: 2, 'PM2.5': 3, CO: 4, O3_8h: 5, O3_1h: 6,
};
const N_SLOTS = DAILY_INDICATORS.length;

// The single pass below relies on this column layout (types.ts POLLUTANT_INDEX).
if (POLLUTANT_INDEX.SO2 !== 0 || POLLUTANT_INDEX.NO2 !== 1 || POLLUTANT_INDEX.PM10 !== 2 || POLLUTANT_INDEX['PM2.5'] !== 3 || POLLUTANT_INDEX.CO !== 4) {
  throw new Error('stationDaily: unexpected POLLUTANT_INDEX layout');
}
const O3 = POLLUTANT_INDEX.O3;
// Scratch buffers of the O3 pass (the core is single-threaded: one per worker/process).
const scratchValid = new Uint8Array(24);
const scratchO3 = new Float64Array(24);

let defaultO3Limit: number | null = null;
/** GB 3095 class-2 O3 8-h limit (160 µg/m³ in every edition and phase): the "exceeds the limit" test of HJ 663 §6.1.2. */
export function defaultO3ShortDayLimit(): number {
  if (defaultO3Limit === null) defaultO3Limit = dailyLimit('O3', 2, '2012');
  return defaultO3Limit;
}

/**
 * Writes the seven daily statistics of one station-day into `out[DAILY_SLOT[i]]` (NaN = invalid)
 * and the number of valid hours per pollutant into `validHours[POLLUTANT_INDEX[p]]` when given.
 * The hot path of every aggregation; `stationDailyValues` is the readable wrapper.
 */
export function stationDailyInto(
  values: Float64Array,
  out: Float64Array,
  o3Limit: number,
  validHours?: Int32Array,
): void {
  const minHours = VALIDITY.dailyMinHours;
  // One pass over the day for the five 24-h means (columns 0..4 = SO2, NO2, PM10, PM2.5, CO).
  let n0 = 0, n1 = 0, n2 = 0, n3 = 0, n4 = 0;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
  for (let i = 0; i < 144; i += 6) {
    const a = values[i]!, b = values[i + 1]!, c = values[i + 2]!, d = values[i + 3]!, e = values[i + 4]!;
    if (a === a) { n0++; s0 += a; } // x === x ⇔ not NaN
    if (b === b) { n1++; s1 += b; }
    if (c === c) { n2++; s2 += c; }
    if (d === d) { n3++; s3 += d; }
    if (e === e) { n4++; s4 += e; }
  }
  out[DAILY_SLOT.SO2] = n0 >= minHours ? s0 / n0 : NaN;
  out[DAILY_SLOT.NO2] = n1 >= minHours ? s1 / n1 : NaN;
  out[DAILY_SLOT.PM10] = n2 >= minHours ? s2 / n2 : NaN;
  out[DAILY_SLOT['PM2.5']] = n3 >= minHours ? s3 / n3 : NaN;
  out[DAILY_SLOT.CO] = n4 >= minHours ? s4 / n4 : NaN;
  if (validHours) {
    validHours[POLLUTANT_INDEX.SO2] = n0;
    validHours[POLLUTANT_INDEX.NO2] = n1;
    validHours[POLLUTANT_INDEX.PM10] = n2;
    validHours[POLLUTANT_INDEX['PM2.5']] = n3;
    validHours[POLLUTANT_INDEX.CO] = n4;
  }

  // O3: daily max 1-h (valid with ≥ 20 hours) and the 17 8-h windows h−7..h, h = 7..23.
  let nO3 = 0;
  let max1 = -Infinity;
  const o3Valid = scratchValid;
  const o3 = scratchO3;
  o3Valid.fill(0);
  for (let h = 0; h < 24; h++) {
    const v = values[h * 6 + O3]!;
    if (v === v) {
      nO3++;
      o3Valid[h] = 1;
      o3[h] = v;
      if (v > max1) max1 = v;
    }
  }
  out[DAILY_SLOT.O3_1h] = nO3 >= minHours ? max1 : NaN;
  if (validHours) validHours[O3] = nO3;

  const windowMin = VALIDITY.o3WindowMinHours;
  let validWindows = 0;
  let maxWindow = -Infinity;
  // Each window summed afresh in hour order (no running sum: no accumulated float error, so a
  // window of exactly 160 is never read as "exceeding").
  for (let end = 7; end < 24; end++) {
    let wn = 0;
    let wsum = 0;
    for (let h = end - 7; h <= end; h++) {
      if (o3Valid[h]) { wn++; wsum += o3[h]!; }
    }
    if (wn >= windowMin) {
      validWindows++;
      const mean = wsum / wn;
      if (mean > maxWindow) maxWindow = mean;
    }
  }
  // "Exceeds the limit" is judged on the value as published (GB/T 8170, integer µg/m³), so float
  // noise (4 × 159.9 + 4 × 160.1 → 160.00000000000003) cannot turn a 160 into an exceedance.
  out[DAILY_SLOT.O3_8h] =
    validWindows >= VALIDITY.mda8MinWindows || (validWindows > 0 && roundHalfEven(maxWindow, 0) > o3Limit)
      ? maxWindow
      : NaN;
}

/**
 * Daily statistics of one station-day (GB 3095 Table 4 + HJ 663 §6.1.2 + standards.md §8):
 * - SO2, NO2, PM10, PM2.5, CO: 24-h mean, valid with ≥ 20 valid hours;
 * - O3_8h (MDA8): 8-h moving means over hours h−7..h for h = 7..23 (the 17 windows inside the natural
 *   day), each valid with ≥ 6 hours; MDA8 = max of the valid windows, valid with ≥ 14 valid windows,
 *   or fewer if the max (rounded to an integer as published) exceeds the class-2 8-h limit
 *   (160 µg/m³; `o3LimitForShortDays` overrides);
 * - O3_1h: daily max 1-h, valid with ≥ 20 valid hours.
 * Invalid values are `null`. CO stays in the unit of the input (mg/m³ in a Dataset).
 * @example a day with 24 hours of SO2 = 10 → { SO2: 10, … }
 */
export function stationDailyValues(
  day: StationDay,
  opts?: { o3LimitForShortDays?: number },
): Record<DailyIndicator, number | null> {
  const out = new Float64Array(N_SLOTS);
  stationDailyInto(day.values, out, opts?.o3LimitForShortDays ?? defaultO3ShortDayLimit());
  const rec = {} as Record<DailyIndicator, number | null>;
  for (const ind of DAILY_INDICATORS) {
    const v = out[DAILY_SLOT[ind]]!;
    rec[ind] = Number.isNaN(v) ? null : v;
  }
  return rec;
}
