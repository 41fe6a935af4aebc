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
  /** Checks decoded text for U+FFFD once a byte ≥ 0x80 is seen (until the first is found). */
  private checker: TextDecoder | null = null;
  private replacementSeen = false;
  /** Quote scan state (see `copyScan`). */
  private readonly st = freshState();
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
    else if (this.st[BOUND]! >= need) this.flush(false);
  }

  /** Copies `piece[from..]` into the carry and scans it (`copyScan`). Returns the OR of the bytes. */
  private append(piece: Uint8Array, from: number, final: boolean): number {
    const st = this.st;
    if (st[CR] === 1) { st[CR] = 0; if (piece[from] === 10) from++; piece = withLf(piece, from); from = 0; }
    st[HI] = 0;
    this.len = copyScan(piece, from, final, this.buf, this.len, this.delC, st);
    return st[HI]!;
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
    const st = this.st;
    const b = final ? this.len : st[BOUND]!;
    if (b === 0) return;
    const qnl = st[QNL]!, bad = st[BAD]!;
    const hasQuotedNl = qnl >= 0 && (final || qnl < b);
    const plainQuotes = final ? bad < 0 && st[Q] === 0 : bad < 0 || bad >= b;
    if (!final && !this.sink.started && !this.hasSample(b, plainQuotes)) return;
    if (final && st[Q] === 1) this.unterminated = true;
    const records = this.buf.subarray(0, b);
    const first = !this.sink.started;
    if (first) this.sink.batch(DECODER.decode(records), final, hasQuotedNl, plainQuotes);
    else this.sink.batchBytes(records, final, hasQuotedNl, plainQuotes);
    if (final) { this.len = 0; return; }
    // A format read as text (all but the long station-hourly one): the rest of the file goes
    // through the text stream, decoded piece by piece as before.
    if (first && this.sink.started && !this.sink.readsBytes) {
      this.toText(this.buf.slice(b, this.len), st[CR] === 1, this.replacementSeen);
      return;
    }
    // The rest is the start of one record (after a newline outside quotes), moved to the front:
    // its scan state stands, shifted, unless an irregular quote before `b` hid the first one in it
    // (a quoted newline is irregular too: the first one is then before `b` as well).
    const end = this.len;
    st[BOUND] = 0;
    if (bad >= 0 && bad < b) {
      const rest = this.buf.slice(b, end);
      const cr = st[CR]!;
      st.set(freshState());
      this.len = 0;
      this.append(rest, 0, false);
      st[CR] = cr;
      return;
    }
    this.buf.copyWithin(0, b, end);
    this.len = end - b;
    if (bad >= 0) st[BAD] = bad - b;
    if (qnl >= 0) st[QNL] = qnl - b;
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

// Quote scan state, in an Int32Array so that the scan loop reads and writes no object property.
/** 1 inside quotes. */
const Q = 0;
/** The byte before the next one (LF at the start). */
const PREV = 1;
/** 1 just after a closing quote. */
const AFTER = 2;
/** First irregular quote use (-1: none). */
const BAD = 3;
/** End of the last complete record (after its LF outside quotes). */
const BOUND = 4;
/** First newline inside quotes (-1: none). */
const QNL = 5;
/** 1 when the last piece ended with a CR (an LF may follow in the next). */
const CR = 6;
/** OR of the bytes copied by the last `copyScan`. */
const HI = 7;

function freshState(): Int32Array {
  return Int32Array.of(0, 10, 0, -1, 0, -1, 0, 0);
}

/**
 * Copies `piece[i..]` into `buf` from `j` with CRLF and CR as LF (a CR ending a piece that is not
 * `final` is held in `st[CR]`) and scans each byte as it is written, by the rules of
 * `RecordStream.scan`: the boundary after the last newline outside quotes, the first newline inside
 * quotes, the first irregular quote use (a quote not at a field's edges, a delimiter or newline
 * inside quotes, an escaped quote). Returns the new end of `buf`'s bytes.
 */
function copyScan(piece: Uint8Array, i: number, final: boolean, buf: Uint8Array, j: number, delC: number, st: Int32Array): number {
  let q = st[Q] === 1, prev = st[PREV]!, afterClose = st[AFTER] === 1, bad = st[BAD]!, b = st[BOUND]!, qnl = st[QNL]!;
  let hi = 0, cr = 0;
  for (const n = piece.length; i < n; i++) {
    let c = piece[i]!;
    hi |= c;
    if (c === 13) {
      if (i + 1 < n) { if (piece[i + 1] === 10) i++; }
      else if (!final) { cr = 1; break; }
      c = 10;
    }
    buf[j] = c;
    if (q) {
      if (c === 34) { q = false; afterClose = true; }
      else if (c === 10) { if (qnl < 0) qnl = j; if (bad < 0) bad = j; }
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
  st[Q] = q ? 1 : 0; st[PREV] = prev; st[AFTER] = afterClose ? 1 : 0; st[BAD] = bad; st[BOUND] = b; st[QNL] = qnl;
  st[CR] = cr; st[HI] = hi;
  return j;
}

// The loop's exit (state stores) run once before the loop gets hot: optimised on the stack in the
// middle of the first piece, `copyScan` would otherwise leave with no type feedback for them and be
// thrown back to the interpreter at every later call.
copyScan(new Uint8Array(0), 0, false, new Uint8Array(1), 0, 44, freshState());
