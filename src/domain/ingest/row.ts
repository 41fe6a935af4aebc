/**
 * One record as the format handlers read it: either the cells papaparse produced (batches with
 * quoted fields that need real CSV parsing), or — for plain batches, the common case — field
 * offsets into the batch text, so that no substring and no array is allocated per cell or per row.
 * Numbers are read straight from the characters (`parseDecimal`, bit-identical to `Number`).
 * Every accessor gives exactly what the same accessor gives on the papaparse cells
 * (`cells[i] ?? ''`, then `Number`, `readNumber`, `readHour`, `trim`).
 */
import { CELL_MISSING, classifyNumber, parseDecimal, readHour, readNumber } from './values.ts';

/** ECMAScript WhiteSpace and LineTerminator code units: what `String.prototype.trim` removes. */
export function isTrimmed(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** FNV-1a of the empty string (see `Row.trimmedHash`). */
export const EMPTY_HASH = 0x811c9dc5;

export class Row {
  /** Cells from papaparse, or null when the row is read from `text`. */
  private arr: readonly string[] | null = null;
  private text = '';
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  /** Number of cells. */
  length = 0;

  /** Reads the row from papaparse cells. */
  setCells(cells: readonly string[]): this {
    this.arr = cells;
    this.length = cells.length;
    return this;
  }

  /**
   * Reads one record of a plain batch from `from`: fields end at `delC`, the record at a newline
   * or `end`. A field wrapped in quotes ("NNW") gives its inside (the caller guarantees that
   * quotes occur only that way). Returns the index of the newline (or `end`).
   */
  splitLine(text: string, from: number, end: number, delC: number): number {
    this.arr = null;
    this.text = text;
    let k = 0, s = from, i = from;
    for (;; i++) {
      const c = i < end ? text.charCodeAt(i) : 10;
      if (c !== delC && c !== 10) continue;
      let a = s, b = i;
      if (b - a >= 2 && text.charCodeAt(a) === 34 && text.charCodeAt(b - 1) === 34) { a++; b--; }
      if (k === this.starts.length) this.grow();
      this.starts[k] = a;
      this.ends[k] = b;
      k++;
      if (c === 10) break;
      s = i + 1;
    }
    this.length = k;
    return i;
  }

  private grow(): void {
    const n = this.starts.length * 2;
    const s = new Int32Array(n), e = new Int32Array(n);
    s.set(this.starts);
    e.set(this.ends);
    this.starts = s;
    this.ends = e;
  }

  /** `cells[i] ?? ''`. */
  get(i: number): string {
    if (this.arr) return this.arr[i] ?? '';
    return i < this.length ? this.text.slice(this.starts[i]!, this.ends[i]!) : '';
  }

  /** All cells as strings. */
  cells(): string[] {
    if (this.arr) return this.arr.slice();
    const out: string[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.get(i));
    return out;
  }

  /** `Number(get(i))`. */
  num(i: number): number {
    if (this.arr) return Number(this.arr[i] ?? '');
    if (i >= this.length) return 0;
    const s = this.starts[i]!, e = this.ends[i]!;
    if (s === e) return 0;
    const v = parseDecimal(this.text, s, e);
    return v === v ? v : Number(this.text.slice(s, e));
  }

  /** `readNumber(get(i))`: a concentration (≥ 0) or CELL_MISSING / CELL_TEXT / CELL_NEGATIVE. */
  conc(i: number): number {
    if (this.arr) return readNumber(this.arr[i] ?? '');
    if (i >= this.length) return CELL_MISSING;
    const s = this.starts[i]!, e = this.ends[i]!;
    if (s === e) return CELL_MISSING;
    const v = parseDecimal(this.text, s, e);
    return v === v ? classifyNumber(v) : readNumber(this.text.slice(s, e));
  }

  /** `readHour(get(i))`. */
  hour(i: number): number {
    if (this.arr) return readHour(this.arr[i] ?? '');
    if (i >= this.length) return -1;
    const s = this.starts[i]!, e = this.ends[i]!;
    const v = s === e ? NaN : parseDecimal(this.text, s, e);
    if (v !== v) return readHour(this.text.slice(s, e));
    return Number.isInteger(v) && v >= 0 && v <= 24 ? v : -1;
  }

  /** `get(i) === s`. */
  eq(i: number, s: string | null): boolean {
    if (s === null) return false;
    if (this.arr) return (this.arr[i] ?? '') === s;
    if (i >= this.length) return s === '';
    return this.rangeEq(this.starts[i]!, this.ends[i]!, s);
  }

  /** `get(i).trim() === s`. */
  trimmedEq(i: number, s: string | null): boolean {
    if (s === null) return false;
    if (this.arr) return (this.arr[i] ?? '').trim() === s;
    if (i >= this.length) return s === '';
    let a = this.starts[i]!, b = this.ends[i]!;
    const t = this.text;
    while (a < b && isTrimmed(t.charCodeAt(a))) a++;
    while (b > a && isTrimmed(t.charCodeAt(b - 1))) b--;
    return this.rangeEq(a, b, s);
  }

  /** FNV-1a hash of the UTF-16 code units of `get(i).trim()` (unsigned 32-bit). */
  trimmedHash(i: number): number {
    let h = EMPTY_HASH;
    if (this.arr) {
      const s = (this.arr[i] ?? '').trim();
      for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619);
      return h >>> 0;
    }
    if (i >= this.length) return h;
    let a = this.starts[i]!, b = this.ends[i]!;
    const t = this.text;
    while (a < b && isTrimmed(t.charCodeAt(a))) a++;
    while (b > a && isTrimmed(t.charCodeAt(b - 1))) b--;
    for (let k = a; k < b; k++) h = Math.imul(h ^ t.charCodeAt(k), 16777619);
    return h >>> 0;
  }

  /** `get(i).trim()`. */
  trimmed(i: number): string {
    return this.get(i).trim();
  }

  /** True when every cell is empty after trim. */
  blank(): boolean {
    if (this.arr) {
      for (const c of this.arr) if (c.trim() !== '') return false;
      return true;
    }
    const t = this.text;
    for (let k = 0; k < this.length; k++) {
      for (let i = this.starts[k]!, e = this.ends[k]!; i < e; i++) if (!isTrimmed(t.charCodeAt(i))) return false;
    }
    return true;
  }

  private rangeEq(a: number, b: number, s: string): boolean {
    if (b - a !== s.length) return false;
    const t = this.text;
    for (let k = 0; k < s.length; k++) if (t.charCodeAt(a + k) !== s.charCodeAt(k)) return false;
    return true;
  }
}
