/**
 * Bytes → complete records. The encoding is sniffed from the first 64 KiB (UTF-8 with/without BOM,
 * GB18030, UTF-16 with BOM) and the bytes decoded incrementally; line endings become LF; the
 * delimiter and newline come from the first record; a quote scan finds the last record boundary
 * (a newline outside quotes, quote parity tracked across chunks). Complete records are handed to
 * the sink in batches of at least `batchChars` characters, with what the scan knows about their
 * quotes; the text is never held whole.
 */
import type { FileSummary, IssueCode } from '../types.ts';
import { sniffEncoding } from './decode.ts';
import type { Sniffed } from './decode.ts';
import { Utf8Records } from './byteStream.ts';

/** Bytes read before the encoding is decided; also the least text of the first batch. */
export const SNIFF_BYTES = 64 * 1024;
/** Where the records go (the reader of one file). */
export interface RecordSink {
  /** True once the format is known: batches need not hold the sample rows any more. */
  readonly started: boolean;
  /** The encoding was recognised. */
  encoding(name: FileSummary['encoding']): void;
  /** Delimiter of the file (from its first record). */
  layout(delimiter: ',' | '\t' | ';'): void;
  /** The file cannot be read (encoding): the sink stops the stream. */
  refuse(code: IssueCode, zh: string, en: string): void;
  /** Some bytes did not decode (reported once). */
  decodingError(): void;
  /** True when `text` (complete records) holds the sample rows the format is detected on. */
  hasSample(text: string, plainQuotes: boolean): boolean;
  /**
   * Complete records: `hasQuotedNl` when a quoted cell holds a newline, `plainQuotes` when quotes
   * only wrap whole plain fields (then they can be removed); `final` for the rest of the file.
   */
  batch(text: string, final: boolean, hasQuotedNl: boolean, plainQuotes: boolean): void;
  /** True when the sink takes a UTF-8 file's records as bytes (`batchBytes`, once `started`). */
  readonly acceptsBytes: boolean;
  /** True when the format found reads bytes: else a UTF-8 file goes on as text after the first batch. */
  readonly readsBytes: boolean;
  /** `batch` of a UTF-8 file kept as bytes: complete records, LF line ends, the file's BOM skipped. */
  batchBytes(bytes: Uint8Array, final: boolean, hasQuotedNl: boolean, plainQuotes: boolean): void;
}

export class RecordStream {
  private readonly sink: RecordSink;
  private readonly batchChars: number;
  /** Least number of records the first batch must hold (the sink then counts the rows it needs exactly). */
  private readonly sampleRows: number;
  private pending: Uint8Array[] = [];
  private pendingLen = 0;
  private decoder: TextDecoder | null = null;
  /** A UTF-8 file read as bytes (`byteStream.ts`), else null. */
  private utf8: Utf8Records | null = null;
  private stopped = false;
  private replacementSeen = false;
  // text not yet parsed, and what the quote scan knows about it
  private carry = '';
  private scanned = 0;
  /** True while the scan is inside quotes (at the end: an unterminated quote). */
  inQuotes = false;
  private boundary = 0;
  private quotedNewlines: number[] = [];
  /** Scan state: the character before `scanned`, a quote just closed, first irregular quote use (-1: none). */
  private prevCode = 10;
  /** The text appended since the last scan (a flat string; see `scan`). */
  private freshText = '';
  private afterClose = false;
  private irregularAt = -1;
  delimiter: ',' | '\t' | ';' | null = null;
  newline: '\n' | '\r\n' | '\r' = '\n';
  cut = '\n';
  /** Set by the last batch when the file ends inside quotes. */
  unterminated = false;
  /** A '\r' at the end of the last text, held back until we know whether '\n' follows. */
  private pendingCR = false;

  constructor(sink: RecordSink, batchChars: number, sampleRows: number) {
    this.sink = sink;
    this.batchChars = batchChars;
    this.sampleRows = sampleRows;
  }

  /** Nothing more is read (the file was refused). */
  stop(): void {
    this.stopped = true;
    this.carry = '';
  }

  /** Feeds the next bytes. */
  push(piece: Uint8Array): void {
    if (this.stopped) return;
    if (this.utf8) { this.utf8.push(piece, false); return; }
    if (!this.decoder) {
      this.pending.push(piece.slice());
      this.pendingLen += piece.length;
      if (this.pendingLen >= SNIFF_BYTES) this.startDecoding(false);
      return;
    }
    this.appendText(this.decoder.decode(piece, { stream: true }), false);
  }

  /** The end of the file: the last records go to the sink. */
  end(): void {
    if (!this.stopped && !this.decoder && !this.utf8) this.startDecoding(true);
    if (this.utf8) {
      if (!this.stopped) this.utf8.push(new Uint8Array(0), true);
      this.unterminated = this.utf8.unterminated;
      return;
    }
    if (!this.stopped && this.decoder) {
      this.appendText(this.decoder.decode(), true);
      if (!this.stopped && this.delimiter !== null) this.flush(true);
    }
  }

  private startDecoding(complete: boolean): void {
    const head = new Uint8Array(this.pendingLen);
    let o = 0;
    for (const p of this.pending) { head.set(p, o); o += p.length; }
    this.pending = [];
    this.pendingLen = 0;
    const sniffed: Sniffed = sniffEncoding(head, complete);
    if (!sniffed.ok) {
      this.sink.refuse(sniffed.code, sniffed.message.zh, sniffed.message.en);
      return;
    }
    this.sink.encoding(sniffed.encoding);
    if (sniffed.label === 'utf-8' && this.sink.acceptsBytes) {
      // The layout from the first record of the decoded head; then the bytes are kept as bytes
      // (a first record longer than the head: read as text).
      const text = new TextDecoder('utf-8').decode(head).replaceAll('\r\n', '\n').replaceAll('\r', '\n');
      if (this.sniffLayout(complete, text)) {
        this.utf8 = new Utf8Records(this.sink, (this.delimiter ?? ',').charCodeAt(0), this.batchChars, SNIFF_BYTES, this.sampleRows,
          (rest, pendingCR, replacementSeen) => this.resumeAsText(rest, pendingCR, replacementSeen));
        this.utf8.push(head, complete);
        return;
      }
    }
    this.decoder = new TextDecoder(sniffed.label);
    this.appendText(this.decoder.decode(head, { stream: !complete }), complete);
  }

  /**
   * Goes on as text after the first batch of a UTF-8 file read as bytes: `rest` (the start of the
   * next record, LF line ends, maybe a character cut at its end) is decoded as the text stream would
   * have (mid-file: a BOM there is a character), then every further piece.
   */
  private resumeAsText(rest: Uint8Array, pendingCR: boolean, replacementSeen: boolean): void {
    this.utf8 = null;
    this.replacementSeen = replacementSeen;
    this.decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    this.appendText(this.decoder.decode(rest, { stream: true }), false);
    this.pendingCR = pendingCR;
  }

  /** Appends decoded text; hands complete records over once a batch is full. */
  private appendText(text: string, final: boolean): void {
    // Line endings: CRLF, LF and CR may be mixed in one file (files concatenated, edited by hand);
    // all become LF here, so no row is glued to the next. A CR at the end of a chunk waits.
    if (this.pendingCR) { text = '\r' + text; this.pendingCR = false; }
    if (text.indexOf('\r') >= 0) {
      if (!final && text.charCodeAt(text.length - 1) === 13) { text = text.slice(0, -1); this.pendingCR = true; }
      text = text.replaceAll('\r\n', '\n'); // (string replaceAll: ~2× faster than a regex here)
      if (text.indexOf('\r') >= 0) text = text.replaceAll('\r', '\n');
    }
    if (text.length > 0) {
      if (!this.replacementSeen && text.includes('\uFFFD')) {
        this.replacementSeen = true;
        this.sink.decodingError();
      }
      this.carry = this.carry.length === 0 ? text : this.carry + text;
      this.freshText = text;
    }
    if (this.delimiter === null && !this.sniffLayout(final)) return;
    this.scan();
    // The first batch decides the format from the header and sample rows: it is at least 64 Ki
    // characters (or the whole file), whatever `batchChars` says.
    const need = this.sink.started ? this.batchChars : SNIFF_BYTES;
    if (this.boundary >= need) this.flush(false);
  }

  /** Newline and delimiter from the first record (counted outside quotes). */
  private sniffLayout(final: boolean, s = this.carry): boolean {
    let end = -1, q = false;
    for (let i = 0; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      if (ch === 34) q = !q;
      else if (!q && (ch === 10 || ch === 13)) { end = i; break; }
    }
    if (end < 0 && !final) {
      if (s.length < SNIFF_BYTES) return false;
      end = s.length;
    }
    if (end < 0) end = s.length;
    if (s.charCodeAt(end) === 13) {
      this.newline = s.charCodeAt(end + 1) === 10 ? '\r\n' : end + 1 < s.length || final ? '\r' : '\r\n';
    }
    this.cut = this.newline === '\r' ? '\r' : '\n';
    const line = s.slice(0, end);
    const counts = { ',': 0, '\t': 0, ';': 0 };
    q = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (ch === '"') q = !q;
      else if (!q && (ch === ',' || ch === '\t' || ch === ';')) counts[ch]++;
    }
    let best: ',' | '\t' | ';' = ',';
    if (counts['\t'] > counts[best]) best = '\t';
    if (counts[';'] > counts[best]) best = ';';
    this.delimiter = best;
    this.sink.layout(best);
    return true;
  }

  /**
   * Advances the quote scan over new text, one pass: `boundary` = end of the last complete record
   * (a newline outside quotes), newlines inside quotes, and the first "irregular" quote use — a
   * quote not at a field's edges, a delimiter or newline inside quotes, an escaped `""`. Text
   * before the first irregular position only has quotes around plain fields ("NNW"), so removing
   * them gives the same cells and lets papaparse take its fast path (UCI quotes every row).
   */
  private scan(): void {
    // Scan only the newly appended text when possible: it is a flat string, while `carry` is
    // usually a concatenation (slow to index character by character).
    const fresh = this.freshText;
    this.freshText = '';
    const whole = this.carry;
    // Nothing new (a chunk that decoded to no character: part of a multi-byte one). Returning
    // here spares a copy of the whole carry (`lastIndexOf` flattens it) per such chunk.
    if (whole.length === this.scanned) return;
    const base = whole.length - fresh.length;
    const s = fresh.length > 0 && base === this.scanned ? fresh : whole;
    const off = s === whole ? 0 : base;
    const n = s.length;
    const cutC = this.cut.charCodeAt(0);
    const delC = (this.delimiter ?? ',').charCodeAt(0);
    let q = this.inQuotes, prev = this.prevCode, afterClose = this.afterClose, bad = this.irregularAt;
    const qnl = this.quotedNewlines;
    const start = this.scanned - off;
    const qnlBefore = qnl.length;
    // Jumps from quote to quote (indexOf): outside quotes only the character before an opening
    // quote matters; inside quotes every character is looked at (newlines and delimiters there).
    for (let i = start; i < n;) {
      if (!q) {
        if (afterClose) {
          afterClose = false;
          const c = s.charCodeAt(i);
          if (c !== delC && c !== cutC && c !== 34 && bad < 0) bad = off + i;
        }
        const j = s.indexOf('"', i);
        if (j < 0) { prev = s.charCodeAt(n - 1); break; }
        const p = j > i ? s.charCodeAt(j - 1) : prev;
        if (p !== delC && p !== cutC && bad < 0) bad = off + j;
        q = true;
        prev = 34;
        i = j + 1;
      } else {
        const j = s.indexOf('"', i);
        const end = j < 0 ? n : j;
        for (let k = i; k < end; k++) {
          const c = s.charCodeAt(k);
          if (c === cutC) { qnl.push(off + k); if (bad < 0) bad = off + k; }
          else if (c === delC && bad < 0) bad = off + k;
        }
        if (j < 0) { if (end > i) prev = s.charCodeAt(n - 1); break; }
        q = false;
        afterClose = true;
        prev = 34;
        i = j + 1;
      }
    }
    // The boundary: the last newline of the new text that is not inside quotes (those were all
    // recorded in quotedNewlines just now, in order).
    let b = this.boundary;
    let qi = qnl.length - 1;
    for (let k = s.lastIndexOf(this.cut); k >= start; k = k > 0 ? s.lastIndexOf(this.cut, k - 1) : -1) {
      while (qi >= qnlBefore && qnl[qi]! > off + k) qi--;
      if (qi >= qnlBefore && qnl[qi] === off + k) { qi--; continue; }
      b = off + k + 1;
      break;
    }
    this.inQuotes = q;
    this.boundary = b;
    this.prevCode = prev;
    this.afterClose = afterClose;
    this.irregularAt = bad;
    this.scanned = whole.length;
  }

  /** Hands the complete records (all text when `final`) to the sink. */
  private flush(final: boolean): void {
    let text: string;
    let hasQuotedNl: boolean;
    let plainQuotes: boolean;
    if (final) {
      text = this.carry;
      hasQuotedNl = this.quotedNewlines.length > 0;
      plainQuotes = this.irregularAt < 0 && !this.inQuotes;
      this.carry = '';
      this.quotedNewlines = [];
      if (this.inQuotes) this.unterminated = true;
    } else {
      const b = this.boundary;
      if (b === 0) return;
      // The format is decided on the first sample rows whatever the chunking: until they are
      // all here (or the file ends), nothing is consumed.
      if (!this.sink.started && !this.stopped && !this.hasSample(b)) return;
      text = this.carry.slice(0, b);
      this.carry = this.carry.slice(b);
      hasQuotedNl = this.quotedNewlines.length > 0 && this.quotedNewlines[0]! < b;
      plainQuotes = this.irregularAt < 0 || this.irregularAt >= b;
      // The rest is the start of one record (after a newline outside quotes): scan it afresh.
      this.scanned = 0;
      this.boundary = 0;
      this.inQuotes = false;
      this.prevCode = 10;
      this.afterClose = false;
      this.irregularAt = -1;
      this.quotedNewlines = [];
      this.scan();
    }
    if (text.length === 0) return;
    this.sink.batch(text, final, hasQuotedNl, plainQuotes);
  }

  /** True when the complete records before `b` hold at least `sampleRows` non-blank rows. */
  private hasSample(b: number): boolean {
    const cut = this.cut;
    let lines = 0;
    for (let k = this.carry.indexOf(cut); k >= 0 && k < b; k = this.carry.indexOf(cut, k + 1)) lines++;
    // Cheap bound first (records ≤ line breaks); then the sink counts non-blank rows exactly.
    if (lines < this.sampleRows) return false;
    return this.sink.hasSample(this.carry.slice(0, b), this.irregularAt < 0 || this.irregularAt >= b);
  }
}
