/**
 * One record as the format handlers read it: either the cells papaparse produced (batches with
 * quoted fields that need real CSV parsing), or — for plain batches, the common case — field
 * offsets into the batch text, so that no substring and no array is allocated per cell or per row.
 * Numbers are read straight from the characters (`parseDecimal`, bit-identical to `Number`).
 * A plain batch may also be read as its UTF-8 bytes (`splitBytes`): cells are then byte ranges and
 * plain decimals are parsed while the row is scanned, so a number cell is read in the same pass
 * that finds its end. Every accessor gives exactly what the same accessor gives on the papaparse
 * cells (`cells[i] ?? ''`, then `Number`, `readNumber`, `readHour`, `trim`).
 */
import { CELL_MISSING, POW10, classifyNumber, parseDecimal, readHour, readNumber } from './values.ts';
import { EMPTY_HASH, decodeRange, isTrimmed, stringHash, trimEnd, trimStart, utf8Equals, utf8Hash } from './utf8.ts';

export { EMPTY_HASH, isTrimmed };

export class Row {
  /** Cells from papaparse, or null when the row is read from `text`. */
  private arr: readonly string[] | null = null;
  private text = '';
  /** The UTF-8 bytes the row is read from (`splitBytes`), else null. */
  private bytes: Uint8Array | null = null;
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  /** Rows read from bytes: each cell's value when it is a plain decimal (`parseDecimal`'s), else NaN. */
  private vals = new Float64Array(64);
  /** Cells split so far. */
  private n = 0;
  /** A row split only in part (`splitHead`): where splitting goes on (-1: the row is whole), its end, its delimiter. */
  private restFrom = -1;
  private restEnd = 0;
  private restDel = 44;

  /** Number of cells (a row split in part is completed first). */
  get length(): number {
    if (this.restFrom >= 0) this.full();
    return this.n;
  }

  /** Reads the row from papaparse cells. */
  setCells(cells: readonly string[]): this {
    this.arr = cells;
    this.bytes = null;
    this.n = cells.length;
    this.restFrom = -1;
    return this;
  }

  /**
   * Reads one record of a plain batch from `from`: fields end at `delC`, the record at a newline
   * or `end`. A field wrapped in quotes ("NNW") gives its inside (the caller guarantees that
   * quotes occur only that way). Returns the index of the newline (or `end`).
   */
  splitLine(text: string, from: number, end: number, delC: number): number {
    this.arr = null;
    this.bytes = null;
    this.text = text;
    this.n = 0;
    this.restFrom = -1;
    return this.split(from, end, delC, 0x7fffffff);
  }

  /**
   * Like `splitLine`, but splits only the first `head` cells: the others are split when first
   * asked for (any accessor, `length`, `cells`), so a row the handler turns away by its first cells
   * (a derived type of a wide national table) costs no more than finding its newline.
   */
  splitHead(text: string, from: number, end: number, delC: number, head: number): number {
    this.arr = null;
    this.bytes = null;
    this.text = text;
    this.n = 0;
    this.restFrom = -1;
    let nl = text.indexOf('\n', from);
    if (nl < 0 || nl > end) nl = end;
    const at = this.split(from, nl, delC, head);
    if (at < nl) { this.restFrom = at + 1; this.restEnd = nl; this.restDel = delC; }
    return nl;
  }

  /**
   * The unsplit part of a row read by `splitHead` (its cells from `cell` on lie in `text[from, end)`,
   * separated by `delC`, quotes only around whole plain fields), for a handler that reads them in
   * one pass; null when the row is whole.
   */
  rest(): { text: string; from: number; end: number; delC: number; cell: number } | null {
    if (this.restFrom < 0) return null;
    return { text: this.text, from: this.restFrom, end: this.restEnd, delC: this.restDel, cell: this.n };
  }

  /** Splits the rest of a row read by `splitHead`. */
  private full(): void {
    const from = this.restFrom;
    this.restFrom = -1;
    this.split(from, this.restEnd, this.restDel, 0x7fffffff);
  }

  /**
   * Appends the cells of `text[from, end)` until a newline, `end`, or `max` cells in all; returns
   * the index of the character that ended the last cell (a delimiter when `max` stopped it).
   */
  private split(from: number, end: number, delC: number, max: number): number {
    const text = this.text;
    let k = this.n, s = from, i = from;
    for (;; i++) {
      const c = i < end ? text.charCodeAt(i) : 10;
      if (c !== delC && c !== 10) continue;
      let a = s, b = i;
      if (b - a >= 2 && text.charCodeAt(a) === 34 && text.charCodeAt(b - 1) === 34) { a++; b--; }
      if (k === this.starts.length) this.grow();
      this.starts[k] = a;
      this.ends[k] = b;
      k++;
      if (c === 10 || k >= max) break;
      s = i + 1;
    }
    this.n = k;
    if (k >= max && i < end && text.charCodeAt(i) !== 10) return i;
    return i < end ? i : end;
  }

  /**
   * Reads one record of a plain batch's UTF-8 bytes from `from`, as `splitLine` reads its text
   * (fields end at `delC`, the record at LF or `end`, a quote pair around a field removed), and
   * parses every cell written as a plain decimal — an optional sign at its start, digits, at most
   * one '.', at least one digit — as it goes: an integer below 10^15 divided once by an exact power
   * of ten, which is what `parseDecimal` and `Number` give (Clinger's fast path). Other cells
   * (empty, quoted, padded, exponent, markers, more digits) are read from their text when asked for.
   * Returns the index of the newline (or `end`).
   */
  splitBytes(bytes: Uint8Array, from: number, end: number, delC: number): number {
    this.arr = null;
    this.bytes = bytes;
    this.restFrom = -1;
    let k = 0, s = from, i = from;
    let m = 0, sig = 0, frac = 0, digits = 0, dot = false, plain = true, neg = false;
    for (;; i++) {
      const c = i < end ? bytes[i]! : 10;
      const d = c - 48;
      if (d >= 0 && d <= 9) {
        digits++;
        if (m !== 0 || d !== 0) sig++;
        m = m * 10 + d;
        if (dot) frac++;
        continue;
      }
      if (c === delC || c === 10) {
        let a = s, b = i;
        if (b - a >= 2 && bytes[a] === 34 && bytes[b - 1] === 34) { a++; b--; }
        if (k === this.starts.length) this.grow();
        this.starts[k] = a;
        this.ends[k] = b;
        let v = NaN;
        if (plain && digits > 0 && sig <= 15 && frac <= 22) {
          v = frac === 0 ? m : m / POW10[frac]!;
          if (neg) v = -v;
        }
        this.vals[k] = v;
        k++;
        if (c === 10) break;
        s = i + 1;
        m = 0; sig = 0; frac = 0; digits = 0; dot = false; plain = true; neg = false;
      } else if (c === 46 && !dot) {
        dot = true;
      } else if ((c === 45 || c === 43) && i === s) {
        neg = c === 45;
      } else {
        plain = false;
      }
    }
    this.n = k;
    return i < end ? i : end;
  }

  private grow(): void {
    const n = this.starts.length * 2;
    const s = new Int32Array(n), e = new Int32Array(n), v = new Float64Array(n);
    s.set(this.starts);
    e.set(this.ends);
    v.set(this.vals);
    this.starts = s;
    this.ends = e;
    this.vals = v;
  }

  /** `cells[i] ?? ''`. */
  get(i: number): string {
    if (this.arr) return this.arr[i] ?? '';
    if (i >= this.n && this.restFrom >= 0) this.full();
    if (i >= this.n) return '';
    return this.bytes ? decodeRange(this.bytes, this.starts[i]!, this.ends[i]!) : this.text.slice(this.starts[i]!, this.ends[i]!);
  }

  /** The first `k` cells as strings (fewer when the row has fewer), without splitting further. */
  headCells(k: number): string[] {
    const out: string[] = [];
    const m = this.arr ? Math.min(k, this.arr.length) : Math.min(k, this.n);
    for (let i = 0; i < m; i++) out.push(this.get(i));
    return out;
  }

  /** All cells as strings. */
  cells(): string[] {
    if (this.arr) return this.arr.slice();
    if (this.restFrom >= 0) this.full();
    const out: string[] = [];
    for (let i = 0; i < this.n; i++) out.push(this.get(i));
    return out;
  }

  /** `Number(get(i))`. */
  num(i: number): number {
    if (this.arr) return Number(this.arr[i] ?? '');
    if (i >= this.n) { if (this.restFrom < 0) return 0; this.full(); return this.num(i); }
    const s = this.starts[i]!, e = this.ends[i]!;
    if (s === e) return 0;
    if (this.bytes) { const b = this.vals[i]!; return b === b ? b : Number(decodeRange(this.bytes, s, e)); }
    const v = parseDecimal(this.text, s, e);
    return v === v ? v : Number(this.text.slice(s, e));
  }

  /** `readNumber(get(i))`: a concentration (≥ 0) or CELL_MISSING / CELL_TEXT / CELL_NEGATIVE. */
  conc(i: number): number {
    if (this.arr) return readNumber(this.arr[i] ?? '');
    if (i >= this.n) { if (this.restFrom < 0) return CELL_MISSING; this.full(); return this.conc(i); }
    const s = this.starts[i]!, e = this.ends[i]!;
    if (s === e) return CELL_MISSING;
    if (this.bytes) { const b = this.vals[i]!; return b === b ? classifyNumber(b) : readNumber(decodeRange(this.bytes, s, e)); }
    const v = parseDecimal(this.text, s, e);
    return v === v ? classifyNumber(v) : readNumber(this.text.slice(s, e));
  }

  /** `readHour(get(i))`. */
  hour(i: number): number {
    if (this.arr) return readHour(this.arr[i] ?? '');
    if (i >= this.n) { if (this.restFrom < 0) return -1; this.full(); return this.hour(i); }
    const s = this.starts[i]!, e = this.ends[i]!;
    const v = s === e ? NaN : this.bytes ? this.vals[i]! : parseDecimal(this.text, s, e);
    if (v !== v) return readHour(this.get(i));
    return Number.isInteger(v) && v >= 0 && v <= 24 ? v : -1;
  }

  /** `get(i) === s`. */
  eq(i: number, s: string | null): boolean {
    if (s === null) return false;
    if (this.arr) return (this.arr[i] ?? '') === s;
    if (i >= this.n) { if (this.restFrom < 0) return s === ''; this.full(); return this.eq(i, s); }
    if (this.bytes) return utf8Equals(this.bytes, this.starts[i]!, this.ends[i]!, s);
    return this.rangeEq(this.starts[i]!, this.ends[i]!, s);
  }

  /** `get(i).trim() === s`. */
  trimmedEq(i: number, s: string | null): boolean {
    if (s === null) return false;
    if (this.arr) return (this.arr[i] ?? '').trim() === s;
    if (i >= this.n) { if (this.restFrom < 0) return s === ''; this.full(); return this.trimmedEq(i, s); }
    if (this.bytes) {
      const bs = this.bytes, a = trimStart(bs, this.starts[i]!, this.ends[i]!);
      return utf8Equals(bs, a, trimEnd(bs, a, this.ends[i]!), s);
    }
    let a = this.starts[i]!, b = this.ends[i]!;
    const t = this.text;
    while (a < b && isTrimmed(t.charCodeAt(a))) a++;
    while (b > a && isTrimmed(t.charCodeAt(b - 1))) b--;
    return this.rangeEq(a, b, s);
  }

  /** FNV-1a hash of the UTF-16 code units of `get(i).trim()` (unsigned 32-bit). */
  trimmedHash(i: number): number {
    let h = EMPTY_HASH;
    if (this.arr) return stringHash((this.arr[i] ?? '').trim());
    if (i >= this.n) { if (this.restFrom < 0) return h; this.full(); return this.trimmedHash(i); }
    if (this.bytes) {
      const bs = this.bytes, a = trimStart(bs, this.starts[i]!, this.ends[i]!);
      return utf8Hash(bs, a, trimEnd(bs, a, this.ends[i]!));
    }
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
    const t = this.text, bs = this.bytes;
    for (let k = 0; ; k++) {
      if (k >= this.n) {
        if (this.restFrom < 0) return true;
        this.full();
        if (k >= this.n) return true;
      }
      if (bs) { if (trimStart(bs, this.starts[k]!, this.ends[k]!) < this.ends[k]!) return false; continue; }
      for (let i = this.starts[k]!, e = this.ends[k]!; i < e; i++) if (!isTrimmed(t.charCodeAt(i))) return false;
    }
  }

  private rangeEq(a: number, b: number, s: string): boolean {
    if (b - a !== s.length) return false;
    const t = this.text;
    for (let k = 0; k < s.length; k++) if (t.charCodeAt(a + k) !== s.charCodeAt(k)) return false;
    return true;
  }
}
