/**
 * Cell-level readers for ingest: numbers with missing markers and sentinels, and the date/time
 * spellings found in Chinese monitoring exports. Allocation-free on the hot path: results are
 * numbers (codes) or written into a caller-owned scratch object.
 */
import { dayNumber, isValidCivilDate } from '../calendar.ts';

/** `readNumber` result codes (valid concentrations are ≥ 0, so negative codes are unambiguous). */
export const CELL_MISSING = -1;
export const CELL_TEXT = -2;
export const CELL_NEGATIVE = -3;

/** Spellings of "no value" (compared trimmed and lower-cased). */
export const MISSING_MARKERS: ReadonlySet<string> = new Set([
  '', 'na', 'n/a', '#n/a', 'nan', 'null', 'none', 'nil', '—', '——', '-', '--', '---', '－', '/', '无', '缺测', '缺失',
]);

/** Negative sentinels used by loggers and exports for "no value". */
export function isNegativeSentinel(v: number): boolean {
  return v === -99 || v === -999 || v === -9999 || v === -99999;
}

const RADIX_LITERAL = /^\s*[+-]?0[xXbBoO]/;

/**
 * Reads a concentration cell. Returns the value (≥ 0), or CELL_MISSING for empty cells, missing
 * markers and negative sentinels, CELL_TEXT for other text, CELL_NEGATIVE for other negatives.
 */
export function readNumber(cell: string): number {
  if (cell === '') return CELL_MISSING;
  const v = Number(cell);
  if (v === v) {
    // Number() also reads 0x1F, 0b11, 0o7: such cells are text, not 31, 3, 7.
    if ((cell.length > 2 && (cell.charCodeAt(1) | 0x20) >= 0x62) || cell.charCodeAt(0) <= 32) {
      if (RADIX_LITERAL.test(cell)) return CELL_TEXT;
    }
    if (v > 0) return v;
    if (v === 0) return cell.trim() === '' ? CELL_MISSING : 0;
    return isNegativeSentinel(v) ? CELL_MISSING : CELL_NEGATIVE;
  }
  return MISSING_MARKERS.has(cell.trim().toLowerCase()) ? CELL_MISSING : CELL_TEXT;
}

/** True when a text cell means "no value". */
export function isMissingText(cell: string): boolean {
  return MISSING_MARKERS.has(cell.trim().toLowerCase());
}

/** Scratch output of `parseDateTime`. `hour` is -1 when the cell carries no time of day. */
export interface DateTimeOut {
  day: number;
  hour: number;
  /** Calendar parts as read (for messages and the 1..24 hour convention). */
  year: number;
  month: number;
  dayOfMonth: number;
}

export const DT_OK = 0;
/** The cell is not written like a date at all. */
export const DT_NOT_A_DATE = 1;
/** Written like a date but not a real one (2021-02-30), or a time that is not on the hour. */
export const DT_INVALID = 2;

const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(\d{2})?\s*$/;
const SEPARATED =
  /^\s*(\d{4})\s*([-/.年])\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:\s+|T)(\d{1,2})(?:\s*[:：]\s*(\d{1,2})(?:\s*[:：]\s*(\d{1,2})(?:\.\d+)?)?)?\s*[时点]?)?\s*$/;

/**
 * Parses `2021-01-05`, `2021/1/5`, `2021.1.5`, `20210105`, `2021年1月5日`, optionally followed by a
 * time `00:00`, `0:00:00`, `8时` (minutes and seconds must be zero: the data are hourly). Hour 24
 * is passed through (the 1..24 convention is decided per file by the caller).
 */
export function parseDateTime(cell: string, out: DateTimeOut): number {
  let y: number, mo: number, d: number, h = -1;
  let m = COMPACT.exec(cell);
  if (m) {
    y = Number(m[1]); mo = Number(m[2]); d = Number(m[3]);
    if (m[4] !== undefined) h = Number(m[4]);
  } else {
    m = SEPARATED.exec(cell);
    if (!m) return DT_NOT_A_DATE;
    y = Number(m[1]); mo = Number(m[3]); d = Number(m[4]);
    if (m[5] !== undefined) {
      h = Number(m[5]);
      if ((m[6] !== undefined && Number(m[6]) !== 0) || (m[7] !== undefined && Number(m[7]) !== 0)) return DT_INVALID;
    }
  }
  out.year = y; out.month = mo; out.dayOfMonth = d;
  if (!isValidCivilDate(y, mo, d)) return DT_INVALID;
  if (h > 24) return DT_INVALID;
  out.day = dayNumber(y, mo, d);
  out.hour = h;
  return DT_OK;
}

/** Reads an hour cell ('8', '08', '8.0', '8时'); returns -1 when it is not an integer 0..24. */
export function readHour(cell: string): number {
  let v = Number(cell);
  if (v !== v) {
    const m = /^\s*(\d{1,2})\s*[时点hH]?\s*$/.exec(cell);
    if (!m) return -1;
    v = Number(m[1]);
  }
  if (cell.trim() === '') return -1;
  return Number.isInteger(v) && v >= 0 && v <= 24 ? v : -1;
}

/** 10^0 … 10^22: every one is exactly representable as a double. */
export const POW10: readonly number[] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * Reads `text[start, end)` as a plain decimal — optional sign, digits with at most one '.', optional
 * exponent (`-12.5`, `.5`, `3.`, `1e-3`) — without allocating a substring. Returns NaN when the
 * text is anything else or too long to be read exactly this way (more than 15 significant digits,
 * scale beyond 10^±22): the caller then falls back to `Number(substring)`. When it returns a
 * number, it is bit-identical to `Number(substring)`: the digits form an integer m < 10^15 < 2^53
 * (exact), 10^k is exact for k ≤ 22, and one IEEE multiplication or division of two exact values
 * is correctly rounded, as `Number` is (Clinger's fast path). Used for concentrations (GB 3095-2012
 * Table 1 units), hours and date parts.
 */
export function parseDecimal(text: string, start: number, end: number): number {
  let i = start;
  let c = text.charCodeAt(i);
  let neg = false;
  if (c === 45 || c === 43) { neg = c === 45; i++; }
  let m = 0, digits = 0, sig = 0, frac = 0, dot = false;
  for (; i < end; i++) {
    c = text.charCodeAt(i);
    const d = c - 48;
    if (d >= 0 && d <= 9) {
      digits++;
      if (m !== 0 || d !== 0) { if (++sig > 15) return NaN; }
      m = m * 10 + d;
      if (dot) frac++;
    } else if (c === 46 && !dot) {
      dot = true;
    } else {
      break;
    }
  }
  if (digits === 0) return NaN;
  let exp = 0;
  if (i < end) {
    if ((c | 0x20) !== 101) return NaN; // 'e' or 'E'
    i++;
    if (i >= end) return NaN;
    c = text.charCodeAt(i);
    let eneg = false;
    if (c === 45 || c === 43) { eneg = c === 45; i++; }
    let ed = 0;
    for (; i < end; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return NaN;
      exp = exp * 10 + d;
      if (++ed > 4) return NaN;
    }
    if (ed === 0) return NaN;
    if (eneg) exp = -exp;
  }
  const e10 = exp - frac;
  let v: number;
  if (e10 === 0) v = m;
  else if (e10 > 0) { if (e10 > 22) return NaN; v = m * POW10[e10]!; }
  else { if (e10 < -22) return NaN; v = m / POW10[-e10]!; }
  return neg ? -v : v;
}

/** `readNumber` of an already parsed, finite value of a non-blank plain decimal cell. */
export function classifyNumber(v: number): number {
  if (v > 0) return v;
  if (v === 0) return 0;
  return isNegativeSentinel(v) ? CELL_MISSING : CELL_NEGATIVE;
}
