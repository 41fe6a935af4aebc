/**
 * Hourly → daily statistics of one station (GB 3095 Table 4, HJ 663 §6.1.2, standards.md §8).
 * Works directly on the `StationDay` typed array: no per-hour objects.
 */
import { DAILY_INDICATORS, POLLUTANT_INDEX } from '../types.ts';
import type { DailyIndicator, StationDay } from '../types.ts';
import { VALIDITY } from '../standards/hj663.ts';
import { concentrationLimit } from '../standards/gb3095.ts';

/** Position of each daily indicator in the Float64Array written by `stationDailyInto`. */
export const DAILY_SLOT: Readonly<Record<DailyIndicator, number>> = {
  SO2: 0, NO2: 1, PM10: 2, 'PM2.5': 3, CO: 4, O3_8h: 5, O3_1h: 6,
};
const N_SLOTS = DAILY_INDICATORS.length;

/** Indicators that are plain 24-h means of hourly values, with their hourly column. */
const MEAN_COLUMNS: readonly (readonly [slot: number, column: number])[] = [
  [DAILY_SLOT.SO2, POLLUTANT_INDEX.SO2],
  [DAILY_SLOT.NO2, POLLUTANT_INDEX.NO2],
  [DAILY_SLOT.PM10, POLLUTANT_INDEX.PM10],
  [DAILY_SLOT['PM2.5'], POLLUTANT_INDEX['PM2.5']],
  [DAILY_SLOT.CO, POLLUTANT_INDEX.CO],
];
const O3 = POLLUTANT_INDEX.O3;
// Scratch buffers of the O3 pass (the core is single-threaded: one per worker/process).
const scratchValid = new Uint8Array(24);
const scratchO3 = new Float64Array(24);

let defaultO3Limit: number | null = null;
/** GB 3095 class-2 O3 8-h limit (160 µg/m³ in every edition and phase): the "exceeds the limit" test of HJ 663 §6.1.2. */
export function defaultO3ShortDayLimit(): number {
  if (defaultO3Limit === null) defaultO3Limit = concentrationLimit('O3', '8h', 2, '2012') ?? 160;
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
  for (const [slot, col] of MEAN_COLUMNS) {
    let n = 0;
    let sum = 0;
    for (let h = 0; h < 24; h++) {
      const v = values[h * 6 + col]!;
      if (v === v) { // not NaN
        n++;
        sum += v;
      }
    }
    out[slot] = n >= minHours ? sum / n : NaN;
    if (validHours) validHours[col] = n;
  }

  // O3: daily max 1-h (valid with ≥ 20 hours) and the 17 8-h windows h−7..h, h = 7..23.
  let n1 = 0;
  let max1 = -Infinity;
  const o3Valid = scratchValid;
  const o3 = scratchO3;
  o3Valid.fill(0);
  for (let h = 0; h < 24; h++) {
    const v = values[h * 6 + O3]!;
    if (v === v) {
      n1++;
      o3Valid[h] = 1;
      o3[h] = v;
      if (v > max1) max1 = v;
    }
  }
  out[DAILY_SLOT.O3_1h] = n1 >= minHours ? max1 : NaN;
  if (validHours) validHours[O3] = n1;

  const windowMin = VALIDITY.o3WindowMinHours;
  let validWindows = 0;
  let maxWindow = -Infinity;
  // Sliding sum over the 8 hours ending at h.
  let wn = 0;
  let wsum = 0;
  for (let h = 0; h < 24; h++) {
    if (o3Valid[h]) { wn++; wsum += o3[h]!; }
    if (h >= 8 && o3Valid[h - 8]) { wn--; wsum -= o3[h - 8]!; }
    if (h >= 7 && wn >= windowMin) {
      validWindows++;
      const mean = wsum / wn;
      if (mean > maxWindow) maxWindow = mean;
    }
  }
  out[DAILY_SLOT.O3_8h] =
    validWindows > 0 && (validWindows >= VALIDITY.mda8MinWindows || maxWindow > o3Limit) ? maxWindow : NaN;
}

/**
 * Daily statistics of one station-day (GB 3095 Table 4 + HJ 663 §6.1.2 + standards.md §8):
 * - SO2, NO2, PM10, PM2.5, CO: 24-h mean, valid with ≥ 20 valid hours;
 * - O3_8h (MDA8): 8-h moving means over hours h−7..h for h = 7..23 (the 17 windows inside the natural
 *   day), each valid with ≥ 6 hours; MDA8 = max of the valid windows, valid with ≥ 14 valid windows,
 *   or fewer if the max exceeds the class-2 8-h limit (160 µg/m³; `o3LimitForShortDays` overrides);
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
