/**
 * The record stream of a UTF-8 file kept as bytes (see `RecordStream`, which hands a UTF-8 file
 * over to this class once its encoding is known and the sink takes bytes): the bytes are never
 * decoded whole. CRLF and CR become LF as the bytes are copied into the carry; the quote scan
 * (same rules as `RecordStream.scan`: boundary, quoted newlines, first irregular quote) runs on the
 * bytes, which is the same as on the text since quotes, delimiters and newlines are ASCII.
 * Complete records go to the sink as a byte view (`batchBytes`), the first batch (format
 * detection) and any batch the sink wants as text are decoded there. A file's leading BOM is
 * skipped, as `TextDecoder` skips it; U+FFFD in the decoded text (ill-formed bytes, or written so)
 * is reported once, as the text stream reports it.
 */
import type { RecordSink } from './recordStream.ts';

/** Decodes complete records (no BOM is dropped: the file's own was skipped at its start). */
const DECODER = new TextDecoder('utf-8', { ignoreBOM: true });

export class Utf8Records {
  private readonly sink: RecordSink;
  private readonly batchBytes: number;
  private readonly sniffBytes: number;
  private readonly sampleRows: number;
  private readonly delC: number;
  /** Carry: bytes not yet handed over (LF line ends only), `len` of them. */
  private buf = new Uint8Array(1 << 17);
  private len = 0;
  private atStart = true;
  private pendingCR = false;
  /** Checks decoded text for U+FFFD once a byte ≥ 0x80 is seen (until the first is found). */
  private checker: TextDecoder | null = null;
  private replacementSeen = false;
  // quote scan state (see RecordStream.scan)
  inQuotes = false;
  private boundary = 0;
  private quotedNewlines: number[] = [];
  private prevCode = 10;
  private afterClose = false;
  private irregularAt = -1;
  unterminated = false;

  /** Where the rest of the file goes when the format's handler reads text (see `flush`). */
  private readonly toText: (rest: Uint8Array, pendingCR: boolean, replacementSeen: boolean) => void;

  constructor(sink: RecordSink, delimiter: number, batchBytes: number, sniffBytes: number, sampleRows: number,
    toText: (rest: Uint8Array, pendingCR: boolean, replacementSeen: boolean) => void) {
    this.sink = sink;
    this.toText = toText;
    this.delC = delimiter;
    this.batchBytes = batchBytes;
    this.sniffBytes = sniffBytes;
    this.sampleRows = sampleRows;
  }

  /** Appends bytes (CR and CRLF → LF); hands complete records over once a batch is full. */
  push(piece: Uint8Array, final: boolean): void {
    let from = 0;
    if (this.atStart && piece.length > 0) {
      this.atStart = false;
      if (piece[0] === 0xef && piece[1] === 0xbb && piece[2] === 0xbf) from = 3;
    }
    if (this.len + piece.length + 1 > this.buf.length) {
      const b = new Uint8Array(Math.max(this.buf.length * 2, this.len + piece.length + 1));
      b.set(this.buf.subarray(0, this.len));
      this.buf = b;
    }
    const hi = this.append(piece, from, final);
    if (!this.replacementSeen && (hi >= 0x80 || this.checker)) this.checkText(piece, final);
    const need = this.sink.started ? this.batchBytes : this.sniffBytes;
    if (final) this.flush(true);
    else if (this.boundary >= need) this.flush(false);
  }

  /**
   * Copies `piece[from..]` into the carry with CR and CRLF as LF, and scans each byte as it is
   * written (the rules of `RecordStream.scan`): the boundary after the last newline outside
   * quotes, newlines inside quotes, the first irregular quote use. Returns the OR of the bytes.
   */
  private append(piece: Uint8Array, from: number, final: boolean): number {
    const buf = this.buf, delC = this.delC, qnl = this.quotedNewlines;
    let j = this.len, hi = 0, i = from;
    let q = this.inQuotes, prev = this.prevCode, afterClose = this.afterClose, bad = this.irregularAt, b = this.boundary;
    if (this.pendingCR) { this.pendingCR = false; if (piece[i] === 10) i++; piece = withLf(piece, i); i = 0; }
    for (const n = piece.length; i < n; i++) {
      let c = piece[i]!;
      hi |= c;
      if (c === 13) {
        if (i + 1 < n) { if (piece[i + 1] === 10) i++; }
        else if (!final) { this.pendingCR = true; break; }
        c = 10;
      }
      buf[j] = c;
      if (q) {
        if (c === 34) { q = false; afterClose = true; }
        else if (c === 10) { qnl.push(j); if (bad < 0) bad = j; }
        else if (c === delC && bad < 0) bad = j;
      } else {
        if (afterClose) {
          afterClose = false;
          if (c !== delC && c !== 10 && c !== 34 && bad < 0) bad = j;
        }
        if (c === 34) {
          if (prev !== delC && prev !== 10 && bad < 0) bad = j;
          q = true;
        } else if (c === 10) {
          b = j + 1;
        }
      }
      prev = c;
      j++;
    }
    this.len = j;
    this.inQuotes = q;
    this.prevCode = prev;
    this.afterClose = afterClose;
    this.irregularAt = bad;
    this.boundary = b;
    return hi;
  }

  /** Reports a decoding error once when the decoded text has U+FFFD (as the text stream does). */
  private checkText(piece: Uint8Array, final: boolean): void {
    this.checker ??= new TextDecoder('utf-8', { ignoreBOM: true });
    const t = this.checker.decode(piece, { stream: !final });
    if (t.includes('\uFFFD')) {
      this.replacementSeen = true;
      this.sink.decodingError();
    }
  }

  /** Hands the complete records (all bytes when `final`) to the sink. */
  private flush(final: boolean): void {
    const b = final ? this.len : this.boundary;
    if (b === 0) return;
    const hasQuotedNl = this.quotedNewlines.length > 0 && (final || this.quotedNewlines[0]! < b);
    const plainQuotes = final ? this.irregularAt < 0 && !this.inQuotes : this.irregularAt < 0 || this.irregularAt >= b;
    if (!final && !this.sink.started && !this.hasSample(b, plainQuotes)) return;
    if (final && this.inQuotes) this.unterminated = true;
    const records = this.buf.subarray(0, b);
    const first = !this.sink.started;
    if (first) this.sink.batch(DECODER.decode(records), final, hasQuotedNl, plainQuotes);
    else this.sink.batchBytes(records, final, hasQuotedNl, plainQuotes);
    if (final) { this.len = 0; return; }
    // A format read as text (all but the long station-hourly one): the rest of the file goes
    // through the text stream, decoded piece by piece as before.
    if (first && this.sink.started && !this.sink.readsBytes) {
      this.toText(this.buf.slice(b, this.len), this.pendingCR, this.replacementSeen);
      return;
    }
    // The rest is the start of one record (after a newline outside quotes), moved to the front:
    // its scan state stands, shifted, unless an irregular quote before `b` hid the first one in it.
    const bad = this.irregularAt, end = this.len;
    this.len = 0;
    this.boundary = 0;
    if (bad >= 0 && bad < b) {
      const rest = this.buf.slice(b, end);
      const pendingCR = this.pendingCR;
      this.pendingCR = false;
      this.inQuotes = false;
      this.prevCode = 10;
      this.afterClose = false;
      this.irregularAt = -1;
      this.quotedNewlines = [];
      this.append(rest, 0, false);
      this.pendingCR = pendingCR;
      return;
    }
    this.buf.copyWithin(0, b, end);
    this.len = end - b;
    if (bad >= 0) this.irregularAt = bad - b;
    this.quotedNewlines = this.quotedNewlines.filter((k) => k >= b).map((k) => k - b);
  }

  /** True when the complete records before `b` hold at least `sampleRows` non-blank rows. */
  private hasSample(b: number, plainQuotes: boolean): boolean {
    let lines = 0;
    for (let k = this.buf.indexOf(10); k >= 0 && k < b; k = this.buf.indexOf(10, k + 1)) lines++;
    if (lines < this.sampleRows) return false;
    return this.sink.hasSample(DECODER.decode(this.buf.subarray(0, b)), plainQuotes);
  }
}

/** `piece[from..]` after an LF (a CR that ended the previous piece). */
function withLf(piece: Uint8Array, from: number): Uint8Array {
  const out = new Uint8Array(piece.length - from + 1);
  out[0] = 10;
  out.set(piece.subarray(from), 1);
  return out;
}
