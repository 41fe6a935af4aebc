/**
 * Individual air-quality index (空气质量分指数, IAQI): HJ 633 formula (1) over the breakpoint table
 * (HJ 633-2012 Table 1; HJ 633-2026 Table 3), computed exactly.
 *
 *     IAQI_P = (IAQI_Hi − IAQI_Lo) / (BP_Hi − BP_Lo) × (C_P − BP_Lo) + IAQI_Lo,  rounded up.
 *
 * The concentration is read as the decimal it stands for (see `toDecimal`), so the only
 * arithmetic is on integers: C = N / D in table units, IAQI = IAQI_Lo + ⌈ΔI·(N − BP_Lo·D) / (ΔBP·D)⌉.
 * No float ever reaches the ceiling, so CO 2.2 mg/m³ gives 55 (naive doubles give 55.000…01 → 56).
 */
import { roundHalfEven, toDecimal } from '../math/round.ts';
import type { DailyIndicator, EditionId, Pollutant } from '../types.ts';
import { publishedDecimals } from '../standards/hj663.ts';

/**
 * Indicators of the real-time (hourly) report: 1-h means, the O3 8-h moving mean and the PM
 * 24-h moving means (2012), or PM 1-h means looked up in the daily PM table (2026).
 */
export type HourlyIndicator = 'SO2_1h' | 'NO2_1h' | 'CO_1h' | 'O3_1h' | 'O3_8h' | 'PM10_1h' | 'PM2.5_1h' | 'PM10_24h' | 'PM2.5_24h';
export type AqiIndicator = DailyIndicator | HourlyIndicator;

/** The pollutant an indicator measures. */
export const INDICATOR_POLLUTANT: Readonly<Record<AqiIndicator, Pollutant>> = {
  SO2: 'SO2', NO2: 'NO2', PM10: 'PM10', 'PM2.5': 'PM2.5', CO: 'CO', O3_8h: 'O3', O3_1h: 'O3',
  SO2_1h: 'SO2', NO2_1h: 'NO2', CO_1h: 'CO', PM10_1h: 'PM10', 'PM2.5_1h': 'PM2.5', PM10_24h: 'PM10', 'PM2.5_24h': 'PM2.5',
};

/** IAQI values at the breakpoints (the table's first column). */
export const IAQI_LEVELS = [0, 50, 100, 150, 200, 300, 400, 500] as const;

export interface BreakpointTable {
  /** Concentration breakpoints in table units × 10^decimals (CO: tenths of mg/m³), one per IAQI level. */
  readonly bp: readonly number[];
  /** Decimals of the table unit the concentration is rounded to (CO 1, others 0). */
  readonly decimals: 0 | 1;
  /**
   * Above the last breakpoint: 'cap' → 500 (top of the scale, common practice); a number → that
   * IAQI (HJ 633-2026 notes: SO2 1-h → 200, O3 8-h → 300); null → not computed (HJ 633-2012 notes).
   */
  readonly above: 'cap' | number | null;
}

const t = (bp: readonly number[], decimals: 0 | 1 = 0, above: BreakpointTable['above'] = 'cap'): BreakpointTable => ({ bp, decimals, above });

const SO2_24H = t([0, 50, 150, 475, 800, 1600, 2100, 2620]);
const NO2_24H = t([0, 40, 80, 180, 280, 565, 750, 940]);
const NO2_1H = t([0, 100, 200, 700, 1200, 2340, 3090, 3840]);
const CO_24H = t([0, 20, 40, 140, 240, 360, 480, 600], 1);
const CO_1H = t([0, 50, 100, 350, 600, 900, 1200, 1500], 1);
const O3_1H = t([0, 160, 200, 300, 400, 800, 1000, 1200]);
const PM10_2012 = t([0, 50, 150, 250, 350, 420, 500, 600]);
const PM10_2026 = t([0, 50, 120, 250, 350, 420, 500, 600]);
const PM25_2012 = t([0, 35, 75, 115, 150, 250, 350, 500]);
const PM25_2026 = t([0, 35, 60, 115, 150, 250, 350, 500]);

/** Breakpoints of HJ 633-2012 Table 1 / HJ 633-2026 Table 3 for an indicator. */
export function breakpointTable(indicator: AqiIndicator, edition: EditionId): BreakpointTable {
  const e26 = edition === '2026';
  switch (indicator) {
    case 'SO2': return SO2_24H;
    // Footnote (a): SO2 1-h > 800 µg/m³: 2012 do not compute; 2026 IAQI = 200.
    case 'SO2_1h': return t([0, 150, 500, 650, 800], 0, e26 ? 200 : null);
    case 'NO2': return NO2_24H;
    case 'NO2_1h': return NO2_1H;
    case 'CO': return CO_24H;
    case 'CO_1h': return CO_1H;
    case 'O3_1h': return O3_1H;
    // Footnote (b): O3 8-h > 800 µg/m³: 2012 do not compute (use the 1-h IAQI); 2026 IAQI = 300.
    case 'O3_8h': return t([0, 100, 160, 215, 265, 800], 0, e26 ? 300 : null);
    // HJ 633-2026 §4.2: PM 1-h values of the real-time report use the daily PM table.
    case 'PM10': case 'PM10_1h': case 'PM10_24h': return e26 ? PM10_2026 : PM10_2012;
    case 'PM2.5': case 'PM2.5_1h': case 'PM2.5_24h': return e26 ? PM25_2026 : PM25_2012;
  }
}

/** Decimals a concentration of this indicator is rounded to before the IAQI: CO 1, others 0. */
export function concentrationDecimals(indicator: AqiIndicator): 0 | 1 {
  return publishedDecimals(INDICATOR_POLLUTANT[indicator]);
}

/**
 * A concentration rounded as it enters the IAQI: half-even (GB/T 8170) to integers, CO (mg/m³)
 * to 1 decimal. @see HJ 633-2026 §4.2.2 (applied to 2012-era data too, standards.md §8)
 */
export function roundConcentration(indicator: AqiIndicator, concentration: number): number {
  return roundHalfEven(concentration, concentrationDecimals(indicator));
}

export interface IaqiOptions {
  /**
   * Round the concentration half-even (integers, CO 1 decimal) before the formula. Default true:
   * HJ 633-2026 §4.2.2, and the standards.md §8 default for 2012-era data (HJ 633-2012 is silent).
   * With false, the exact decimal value of the concentration enters the formula.
   */
  roundConcentration?: boolean;
}

/**
 * IAQI of one indicator: HJ 633 formula (1) with the edition's breakpoints, concentration first
 * rounded half-even (integers, CO 1 decimal), result rounded UP to an integer (HJ 633-2012 §6.2
 * "进位取整"; HJ 633-2026 §4.2.6 "向上进位取整"), computed with exact integer arithmetic.
 *
 * - Above the top breakpoint: 500.
 * - 2012: SO2_1h > 800 and O3_8h > 800 → null (the standard says not to compute them).
 * - 2026: SO2_1h > 800 → 200, O3_8h > 800 → 300.
 * - PM 1-h and 24-h moving values use the 24-h PM table.
 * - NaN (missing) → null.
 *
 * @see HJ 633-2012 §5.2, Table 1; HJ 633-2026 §4.2, Table 3
 * @throws {RangeError} for a negative (after rounding) or infinite concentration.
 * @example iaqi('CO', 2.2, '2012') → 55   (50/2 × 2.2 = 55 exactly)
 * @example iaqi('SO2', 200, '2026') → 108 (100 + 50/325 × 50 = 107.69 → 108)
 */
export function iaqi(indicator: AqiIndicator, concentration: number, edition: EditionId, opts?: IaqiOptions): number | null {
  if (Number.isNaN(concentration)) return null;
  if (!Number.isFinite(concentration)) throw new RangeError(`concentration must be finite: ${concentration}`);
  const table = breakpointTable(indicator, edition);
  if (opts?.roundConcentration === false) {
    if (concentration < 0) throw new RangeError(`negative concentration for ${indicator}: ${concentration}`);
    return iaqiOfDecimal(table, concentration);
  }
  const c = roundHalfEven(concentration, table.decimals);
  if (c < 0) throw new RangeError(`negative concentration for ${indicator}: ${concentration}`);
  // c is the double nearest a decimal with ≤ `decimals` places, so c × 10^decimals is within a
  // few ulps of that integer and Math.round recovers it exactly.
  const n = table.decimals === 0 ? c : Math.round(c * 10);
  return iaqiOfUnits(table, n);
}

/** Formula (1) for an integer number `n` (≥ 0) of table units (µg/m³, or 0.1 mg/m³ for CO). */
function iaqiOfUnits(table: BreakpointTable, n: number): number | null {
  const { bp } = table;
  for (let i = 1; i < bp.length; i++) {
    const hi = bp[i] as number;
    if (n <= hi) {
      const lo = bp[i - 1] as number;
      const iLo = IAQI_LEVELS[i - 1] as number;
      const num = ((IAQI_LEVELS[i] as number) - iLo) * (n - lo);
      const den = hi - lo;
      // Integer ceiling: num ≤ 100 × 3840, so the quotient is exact enough for floor, and the
      // remainder check decides exactly whether the ratio is whole.
      const q = Math.floor(num / den);
      return iLo + (q * den === num ? q : q + 1);
    }
  }
  return aboveTop(table);
}

/** Formula (1) on the exact decimal value of `c` (≥ 0) in `table`. */
function iaqiOfDecimal(table: BreakpointTable, c: number): number | null {
  const { bp } = table;
  // C in table units = N / D, both integers: digits × 10^(exponent + decimals).
  const dec = toDecimal(c);
  const shift = dec.exponent + table.decimals;
  const top = bp[bp.length - 1] as number;
  if (shift >= 0 && dec.digits.length + shift <= 12) {
    // A whole number of table units below 10^12: exact as a double.
    return iaqiOfUnits(table, Number(dec.digits) * 10 ** shift);
  }
  // General path with BigInt rationals (unrounded or very large values).
  const n = BigInt(dec.digits) * (shift >= 0 ? 10n ** BigInt(shift) : 1n);
  const d = shift >= 0 ? 1n : 10n ** BigInt(-shift);
  if (n > BigInt(top) * d) return aboveTop(table);
  for (let i = 1; i < bp.length; i++) {
    const hi = BigInt(bp[i] as number);
    if (n <= hi * d) {
      const lo = BigInt(bp[i - 1] as number);
      const iLo = IAQI_LEVELS[i - 1] as number;
      const num = BigInt((IAQI_LEVELS[i] as number) - iLo) * (n - lo * d);
      const den = (hi - lo) * d;
      const q = num / den + (num % den === 0n ? 0n : 1n); // ceiling of a non-negative ratio
      return iLo + Number(q);
    }
  }
  return aboveTop(table);
}

function aboveTop(table: BreakpointTable): number | null {
  return table.above === 'cap' ? 500 : table.above;
}
