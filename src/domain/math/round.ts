/**
 * Rounding of published statistics and of the concentrations that enter the AQI.
 *
 * GB/T 8170 ("四舍六入五成双", round half to even) applies to the *decimal* value, so the binary
 * double is first read back as a decimal. A double carries 15.95 significant decimal digits: a
 * decimal typed or parsed with at most 15 significant digits reads back unchanged with 15, while
 * the noise of float arithmetic (0.15 × 9 = 1.3499999999999999, 0.17 × 5 = 0.8500000000000001)
 * lives in the 16th–17th digit and is discarded. The decision is then made on exact decimal
 * digits (strings), never on the binary value.
 */

/** An exact decimal: value = (negative ? −1 : 1) × digits × 10^exponent; `digits` has no leading zeros. */
export interface Decimal {
  negative: boolean;
  digits: string;
  exponent: number;
}

/**
 * The decimal a finite double stands for, read at 15 significant digits (float noise removed).
 * @throws {RangeError} when `x` is NaN or infinite.
 * @example toDecimal(0.15 * 9) → { negative: false, digits: '135', exponent: -2 }
 */
export function toDecimal(x: number): Decimal {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  if (x === 0) return { negative: false, digits: '0', exponent: 0 };
  const negative = x < 0;
  // toPrecision(15) gives 'd.dddddddddddddd' or 'd.ddddddddddddddde±n'.
  const s = Math.abs(x).toPrecision(15);
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(s);
  if (!m) throw new RangeError(`unexpected number format: ${s}`);
  const intPart = m[1] ?? '';
  const fracPart = m[2] ?? '';
  let exponent = (m[3] ? Number(m[3]) : 0) - fracPart.length;
  let digits = (intPart + fracPart).replace(/^0+/, '');
  // Drop trailing zeros (they carry no value).
  const trimmed = digits.replace(/0+$/, '');
  exponent += digits.length - trimmed.length;
  digits = trimmed;
  if (digits === '') return { negative: false, digits: '0', exponent: 0 };
  return { negative, digits, exponent };
}

/**
 * Round half to even on the decimal value (GB/T 8170 数值修约: 四舍六入五成双).
 * A 5 followed only by zeros goes to the even neighbour; anything beyond the 5 rounds away from
 * zero. Negative values round symmetrically. `decimals` may be negative (−1 → tens).
 * @see GB/T 8170-2008 §3.3 (进舍规则); HJ 633-2026 §4.2.2 (concentrations before the IAQI)
 * @throws {RangeError} when `x` is not finite or `decimals` is not an integer.
 * @example roundHalfEven(34.5, 0) → 34; roundHalfEven(35.5, 0) → 36; roundHalfEven(34.51, 0) → 35;
 *          roundHalfEven(0.25, 1) → 0.2; roundHalfEven(0.35, 1) → 0.4; roundHalfEven(0.15 * 9, 1) → 1.4
 */
export function roundHalfEven(x: number, decimals: number): number {
  if (!Number.isInteger(decimals)) throw new RangeError(`decimals must be an integer: ${decimals}`);
  // Fast path: an integer (below 10^15, exact) needs no rounding at decimals ≥ 0.
  if (decimals >= 0 && Number.isInteger(x) && Math.abs(x) < 1e15) return x === 0 ? 0 : x;
  // Fast path far from a tie: x·10^d (|·| < 10^6) differs from the 15-digit decimal of x scaled
  // by less than 10^-9, so when its fraction is more than 10^-6 away from .5 both round to the
  // same integer r, and r / 10^d (exact operands, one correctly rounded division) is the double
  // `Number('re-d')` gives. Ties and near-ties take the decimal path below.
  if (decimals >= 0 && decimals <= 15 && Number.isFinite(x)) {
    const s = x * SCALE[decimals]!;
    if (s < 1e6 && s > -1e6) {
      const f = s - Math.floor(s);
      if (f - 0.5 > 1e-6 || 0.5 - f > 1e-6) {
        const v = Math.round(s) / SCALE[decimals]!;
        return v === 0 ? 0 : v;
      }
    }
  }
  return roundHalfEvenDecimal(x, decimals);
}

/** 10^0 … 10^15, exact doubles. */
const SCALE = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** `roundHalfEven` worked on the decimal digits of x (every case; the reference for the fast path). */
export function roundHalfEvenDecimal(x: number, decimals: number): number {
  if (!Number.isInteger(decimals)) throw new RangeError(`decimals must be an integer: ${decimals}`);
  if (decimals >= 0 && Number.isInteger(x) && Math.abs(x) < 1e15) return x === 0 ? 0 : x;
  const d = toDecimal(x);
  if (d.digits === '0') return 0;
  // Number of digits to drop so that the last kept digit is at 10^(−decimals).
  const drop = -decimals - d.exponent;
  const sign = d.negative ? '-' : '';
  // Already no more decimals than asked for: return the clean decimal (0.1 + 0.2 → 0.3).
  if (drop <= 0) return Number(`${sign}${d.digits}e${d.exponent}`);
  const kept = drop >= d.digits.length ? '0' : d.digits.slice(0, d.digits.length - drop);
  const dropped = drop > d.digits.length ? '0'.repeat(drop - d.digits.length) + d.digits : d.digits.slice(d.digits.length - drop);
  const first = dropped.charCodeAt(0) - 48;
  const restNonZero = /[1-9]/.test(dropped.slice(1));
  const lastKept = kept.charCodeAt(kept.length - 1) - 48;
  const up = first > 5 || (first === 5 && (restNonZero || lastKept % 2 === 1));
  const rounded = up ? incrementDigits(kept) : kept;
  const value = Number(`${sign}${rounded}e${-decimals}`);
  return value === 0 ? 0 : value; // no −0
}

/** Add one to a string of decimal digits ('199' → '200'). */
function incrementDigits(s: string): string {
  const a = s.split('');
  let i = a.length - 1;
  while (i >= 0 && a[i] === '9') {
    a[i] = '0';
    i--;
  }
  if (i < 0) return '1' + a.join('');
  a[i] = String(Number(a[i]) + 1);
  return a.join('');
}
