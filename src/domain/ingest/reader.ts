/**
 * One file's reader: bytes go through the record stream (`recordStream.ts`), the first rows decide
 * the format (`detect.ts`), then every data row goes to that format's handler (`formats/`).
 * Batches whose quotes only wrap plain fields (the common case) are read in place by `Row`; the
 * others are parsed by papaparse. Rows are numbered as physical lines of the file (1 = the first).
 */
import Papa from 'papaparse';
import type { Dataset, FileSummary, IssueCode } from '../types.ts';
import { isoDate } from '../calendar.ts';
import { fileStem, scratchDate } from './context.ts';
import type { Ctx, RowHandler } from './context.ts';
import { emptyDataset } from './dataset.ts';
import { HEADER_SAMPLE_ROWS, SAMPLE_ROWS, detect, isBlankRow } from './detect.ts';
import { readHeader } from './headers.ts';
import { IssueLog, MissingCounter } from './issues.ts';
import { IngestCancelled } from './options.ts';
import type { IngestOptions } from './options.ts';
import { RecordStream } from './recordStream.ts';
import type { RecordSink } from './recordStream.ts';
import { Row } from './row.ts';
import { blankLine, bytesStartWithBom, endsWith, lineSpan, sameCells, startsWithBom } from './batchText.ts';
import { issueText, issueTr } from '../text/issues.ts';

/** Bytes handed to the record stream at once (a bigger chunk is cut). */
const MAX_PIECE = 65536;
const DEFAULT_BATCH = 1 << 20;
const ENCODER = new TextEncoder();
/** Decodes a byte batch for the text readers (a BOM inside the file is kept, as the stream's decoder keeps it). */
const DECODER = new TextDecoder('utf-8', { ignoreBOM: true });

export class Ingest implements RecordSink {
  private readonly opts: IngestOptions;
  private readonly totalBytes: number;
  private readonly ctx: Ctx;
  private readonly summary: FileSummary;
  private readonly stream: RecordStream;
  private bytesRead = 0;
  private dead = false;
  private finished = false;
  private nextLine = 1;
  private handler: RowHandler | null = null;
  private readonly row = new Row();
  private header: string[] | null = null;
  /** Cells of the header (or first) row and of the last data row: a short, unterminated last row is a cut. */
  private width = 0;
  /** The last data row handed to the handler: its width, or where it is in a plain batch (counted when needed). */
  private lastRow: number | { text: string; from: number; to: number; delC: number } = 0;
  /** UTF-8 bytes of the plain batch being read (handlers with `byteRows`), reused. */
  private bytes = new Uint8Array(0);

  constructor(name: string, totalBytes: number, opts: IngestOptions) {
    this.opts = opts;
    this.totalBytes = totalBytes;
    this.stream = new RecordStream(this, Math.max(1, opts.batchChars ?? DEFAULT_BATCH), HEADER_SAMPLE_ROWS);
    const ds = emptyDataset();
    this.summary = {
      name, bytes: 0, encoding: 'unknown', delimiter: null, format: null, rows: 0, rowsUsed: 0,
      stations: [], firstDate: null, lastDate: null, rejected: false,
    };
    ds.files.push(this.summary);
    this.ctx = {
      name, stem: fileStem(name), settings: opts.settings, ds, log: new IssueLog(name), missing: new MissingCounter(),
      dt: scratchDate(), rows: 0, rowsUsed: 0, minDay: Infinity, maxDay: -Infinity,
    };
  }

  get started(): boolean {
    return this.handler !== null;
  }

  push(chunk: Uint8Array): void {
    if (this.finished) throw new Error('push() after finish()');
    if (this.opts.shouldCancel?.()) throw new IngestCancelled();
    for (let off = 0; off < chunk.length; off += MAX_PIECE) {
      const piece = chunk.subarray(off, Math.min(chunk.length, off + MAX_PIECE));
      this.bytesRead += piece.length;
      this.stream.push(piece);
    }
    this.opts.onProgress?.({ bytesRead: this.bytesRead, totalBytes: this.totalBytes, rows: this.ctx.rows });
  }

  encoding(name: FileSummary['encoding']): void {
    this.summary.encoding = name;
  }

  layout(delimiter: ',' | '\t' | ';'): void {
    this.summary.delimiter = delimiter;
  }

  refuse(code: IssueCode, zh: string, en: string): void {
    this.dead = true;
    this.summary.rejected = true;
    this.stream.stop();
    this.ctx.log.add('error', code, undefined, undefined, () => issueText('issue_inFile', (lang) => ({ file: this.ctx.name, message: ({ zh, en })[lang] })));
  }

  decodingError(): void {
    this.ctx.log.add('warning', 'decoding-error', undefined, undefined, () => issueText('issue_decodingError', {}));
  }

  /**
   * True when `text` holds the rows `detect` reads: HEADER_SAMPLE_ROWS non-blank rows when the
   * first one has a recognised header cell (detect then reads no further), SAMPLE_ROWS otherwise.
   * (Wide national rows are ~5 KB: waiting for 200 of them would hold most of a file.)
   */
  hasSample(text: string, plainQuotes: boolean): boolean {
    let n = 0, need = SAMPLE_ROWS;
    if (this.inPlace(text, plainQuotes)) {
      const delC = (this.stream.delimiter ?? ',').charCodeAt(0);
      for (let pos = 0; pos <= text.length;) {
        let nl = text.indexOf('\n', pos);
        if (nl < 0) nl = text.length;
        if (!blankLine(text, pos, nl, delC)) {
          if (n === 0) { this.row.splitLine(text, pos, nl, delC); need = sampleNeed(this.row.cells()); }
          if (++n >= need) return true;
        }
        pos = nl + 1;
      }
      return false;
    }
    const data = Papa.parse<string[]>(text, { delimiter: this.stream.delimiter ?? ',', newline: this.stream.newline, quoteChar: '"', header: false, skipEmptyLines: false }).data;
    for (const r of data) {
      if (isBlankRow(r)) continue;
      if (n === 0) need = sampleNeed(r);
      if (++n >= need) return true;
    }
    return false;
  }

  /** True when `text` can be read in place (`Row.splitLine`) rather than by papaparse. */
  private inPlace(text: string, plainQuotes: boolean): boolean {
    return plainQuotes && !this.dead && this.stream.cut === '\n' && this.opts.parser !== 'papaparse' && !startsWithBom(text);
  }

  /** The record stream may keep a UTF-8 file as bytes (not with `parser: 'papaparse'`, the text reader kept for comparison). */
  get acceptsBytes(): boolean {
    return this.opts.parser !== 'papaparse';
  }

  /** The format found reads its rows as UTF-8 bytes (`RowHandler.byteRows`). */
  get readsBytes(): boolean {
    return this.handler?.byteRows === true;
  }

  /** Complete records of a UTF-8 file kept as bytes: read in place by a byte-reading handler, else decoded. */
  batchBytes(bytes: Uint8Array, final: boolean, hasQuotedNl: boolean, plainQuotes: boolean): void {
    if (this.handler?.byteRows && plainQuotes && !this.dead && !bytesStartWithBom(bytes)) this.readPlain('', 0, final, bytes);
    else this.batch(DECODER.decode(bytes), final, hasQuotedNl, plainQuotes);
  }

  batch(text: string, final: boolean, hasQuotedNl: boolean, plainQuotes: boolean): void {
    if (this.inPlace(text, plainQuotes)) {
      const from = this.handler ? 0 : this.detectPlain(text);
      if (from >= 0) this.readPlain(text, from, final);
      return;
    }
    if (plainQuotes && text.indexOf('"') >= 0) text = text.replaceAll('"', '');
    const res = Papa.parse<string[]>(text, { delimiter: this.stream.delimiter ?? ',', newline: this.stream.newline, quoteChar: '"', header: false, skipEmptyLines: false });
    const data = res.data;
    // Quote errors (a quote opened and never closed swallows the rows after it into one cell).
    let quoteErrors: Map<number, string> | null = null;
    for (const err of res.errors) {
      if (err.type !== 'Quotes' || err.row === undefined) continue;
      quoteErrors ??= new Map();
      if (!quoteErrors.has(err.row)) quoteErrors.set(err.row, err.code);
    }
    let line = this.nextLine;
    let i = 0;
    if (!this.handler) {
      while (i < data.length && isBlankRow(data[i]!)) { line += lineSpan(data[i]!, hasQuotedNl); i++; }
      if (i >= data.length) { this.nextLine = endsWith(text, this.stream.cut) ? line - 1 : line; return; }
      const sample: string[][] = [];
      for (let k = i; k < data.length && sample.length < SAMPLE_ROWS; k++) if (!isBlankRow(data[k]!)) sample.push(data[k]!);
      const d = detect(this.ctx, sample, this.opts.columnMapping);
      if ('reject' in d) {
        this.refuse(d.code, d.zh, d.en);
        return;
      }
      this.handler = d.handler;
      this.summary.format = d.handler.format;
      this.width = data[i]!.length;
      if (d.headerConsumed) { this.header = data[i]!; line += lineSpan(data[i]!, hasQuotedNl); i++; }
    }
    const h = this.handler;
    const unterminatedEnd = final && !endsWith(text, this.stream.cut);
    const hdr = this.header;
    const hdr0 = hdr ? hdr[0] : undefined;
    const row = this.row;
    for (; i < data.length; i++) {
      const cells = data[i]!;
      const at = line;
      line += lineSpan(cells, hasQuotedNl);
      if (cells.length === 1 ? cells[0]!.trim() === '' : isBlankRow(cells)) continue;
      if (cells[0] === hdr0 && hdr && sameCells(cells, hdr)) {
        this.ctx.log.add('info', 'repeated-header', undefined, at, () => issueText('issue_repeatedHeader', { line: at }));
        continue;
      }
      if (quoteErrors?.has(i)) {
        const code = quoteErrors.get(i)!;
        this.ctx.log.add('warning', 'malformed-quotes', undefined, at, () => issueText('issue_malformedQuotes', { line: at, error: code }));
      }
      if (unterminatedEnd && i === data.length - 1 && cells.length < this.width && cells.length < this.previousWidth()) {
        // The file stops inside this row (a half-finished download): its last cell may be cut
        // ("61" → "6"), so the row is not used.
        const n = cells.length, w = this.width;
        this.ctx.log.add('warning', 'incomplete-last-row', undefined, at, () => issueText('issue_incompleteLastRow', { line: at, columns: n, width: w }));
        continue;
      }
      this.lastRow = cells.length;
      h.row(row.setCells(cells), at);
    }
    this.nextLine = !final && endsWith(text, this.stream.cut) ? line - 1 : line;
  }

  /**
   * The first batch read in place: leading blank rows skipped, the format detected from the first
   * SAMPLE_ROWS non-blank rows (as the papaparse path does), the header consumed. Returns where
   * the data rows start (`nextLine` is their line), or -1 when the file is refused or all blank.
   */
  private detectPlain(text: string): number {
    const row = this.row, delC = (this.stream.delimiter ?? ',').charCodeAt(0), n = text.length;
    let line = this.nextLine, firstEnd = -1;
    const starts: number[] = [];
    for (let pos = 0; pos <= n && starts.length < SAMPLE_ROWS;) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0) nl = n;
      if (!blankLine(text, pos, nl, delC)) {
        if (starts.length === 0) firstEnd = nl;
        starts.push(pos);
      } else if (starts.length === 0) {
        line++;
      }
      pos = nl + 1;
    }
    if (starts.length === 0) {
      this.nextLine = endsWith(text, this.stream.cut) ? line - 1 : line;
      return -1;
    }
    const first = starts[0]!;
    row.splitLine(text, first, n, delC);
    const sample: string[][] = [row.cells()];
    // With a recognised header, `detect` reads only the first HEADER_SAMPLE_ROWS rows: the others
    // are not split into cells (wide national tables have 370 columns).
    const want = Math.min(sampleNeed(sample[0]!), starts.length);
    // After a recognised header `detect` reads only the date cell of the rows (see there): the
    // rows are split that far (a wide national row has 1,600 cells).
    const recognised = sampleNeed(sample[0]!) === HEADER_SAMPLE_ROWS;
    const head = recognised ? sample[0]!.findIndex((c) => readHeader(c).field === 'date') + 1 : 0;
    for (let k = 1; k < want; k++) {
      if (recognised) {
        row.splitHead(text, starts[k]!, n, delC, Math.max(1, head));
        sample.push(row.headCells(head));
      } else {
        row.splitLine(text, starts[k]!, n, delC);
        sample.push(row.cells());
      }
    }
    const d = detect(this.ctx, sample, this.opts.columnMapping);
    if ('reject' in d) {
      this.refuse(d.code, d.zh, d.en);
      return -1;
    }
    this.handler = d.handler;
    this.summary.format = d.handler.format;
    this.width = sample[0]!.length;
    if (!d.headerConsumed) { this.nextLine = line; return first; }
    this.header = sample[0]!;
    this.nextLine = line + 1;
    return firstEnd + 1;
  }

  /**
   * Reads the records of a plain batch from `from` to the handler: the text, or (`raw`) the UTF-8
   * bytes of a batch the record stream kept as bytes.
   */
  private readPlain(text: string, from: number, final: boolean, raw: Uint8Array | null = null): void {
    const h = this.handler!;
    const row = this.row;
    const hdr = this.header;
    const hdr0 = hdr ? hdr[0]! : null;
    const delC = (this.stream.delimiter ?? ',').charCodeAt(0);
    const lfEnd = raw ? raw.length > 0 && raw[raw.length - 1] === 10 : endsWith(text, this.stream.cut);
    const unterminatedEnd = final && !lfEnd;
    // A byte-reading handler gets the batch encoded once (from `from`: its rows, LF-separated).
    const bytes = raw ?? (h.byteRows && from <= text.length ? this.encode(from === 0 ? text : text.slice(from)) : null);
    if (bytes) from = 0;
    const n = bytes ? bytes.length : text.length;
    let line = this.nextLine;
    const head = h.headCells ?? 0;
    for (let pos = from; pos <= n;) {
      const start = pos;
      const nl = bytes ? row.splitBytes(bytes, pos, n, delC) : head > 0 ? row.splitHead(text, pos, n, delC, head) : row.splitLine(text, pos, n, delC);
      const last = nl >= n;
      const at = line++;
      pos = nl + 1;
      if (row.blank()) { if (last) break; continue; }
      if (hdr && row.eq(0, hdr0) && sameCells(row.cells(), hdr)) {
        this.ctx.log.add('info', 'repeated-header', undefined, at, () => issueText('issue_repeatedHeader', { line: at }));
      } else if (unterminatedEnd && last && row.length < this.width && row.length < this.previousWidth()) {
        const k = row.length, w = this.width;
        this.ctx.log.add('warning', 'incomplete-last-row', undefined, at, () => issueText('issue_incompleteLastRow', { line: at, columns: k, width: w }));
      } else {
        // The width of the row is counted only if the next row turns out to be a cut last row.
        this.lastRow = bytes ? row.length : { text, from: start, to: nl, delC };
        h.row(row, at);
      }
      if (last) break;
    }
    this.nextLine = !final && lfEnd ? line - 1 : line;
  }

  /** `text` as UTF-8 bytes, in the reader's reused buffer. */
  private encode(text: string): Uint8Array {
    let buf = this.bytes;
    if (buf.length < text.length) buf = this.bytes = new Uint8Array(text.length + (text.length >> 3) + 1024);
    let r = ENCODER.encodeInto(text, buf);
    if (r.read < text.length) {
      buf = this.bytes = new Uint8Array(text.length * 3);
      r = ENCODER.encodeInto(text, buf);
    }
    return buf.subarray(0, r.written);
  }

  /** Cells of the last data row handed to the handler. */
  private previousWidth(): number {
    const r = this.lastRow;
    if (typeof r === 'number') return r;
    const del = String.fromCharCode(r.delC);
    let k = 1;
    for (let i = r.text.indexOf(del, r.from); i >= 0 && i < r.to; i = r.text.indexOf(del, i + 1)) k++;
    this.lastRow = k;
    return k;
  }

  finish(): Dataset {
    if (this.finished) throw new Error('finish() called twice');
    this.finished = true;
    this.stream.end();
    const ctx = this.ctx;
    const s = this.summary;
    s.bytes = this.bytesRead;
    if (this.stream.unterminated && !this.dead) {
      ctx.log.add('warning', 'unterminated-quote', undefined, undefined, () => issueText('issue_unterminatedQuote', {}));
    }
    if (this.handler && !this.dead) {
      const co = this.handler.finish();
      if (co) s.coUnit = co;
    }
    s.rows = ctx.rows;
    s.rowsUsed = ctx.rowsUsed;
    if (s.format === 'daily-table') s.stations = [...ctx.ds.daily.keys()];
    else if (s.format === 'dust-fall') s.stations = [...ctx.ds.dustFall.keys()];
    else s.stations = [...ctx.ds.stations.keys()];
    if (ctx.minDay <= ctx.maxDay) { s.firstDate = isoDate(ctx.minDay); s.lastDate = isoDate(ctx.maxDay); }
    if (!s.rejected && ctx.rowsUsed === 0) {
      s.rejected = true;
      const what = this.handler ? 'issue_noDataRows' : 'issue_noContent';
      ctx.log.add('error', 'no-usable-rows', undefined, undefined, () =>
        issueText('issue_inFile', (lang) => ({ file: ctx.name, message: issueTr(lang, what, {}) })));
    }
    ctx.ds.issues = ctx.log.list();
    return ctx.ds;
  }
}

/** Rows `detect` reads after a first row `first`: see `Ingest.hasSample`. */
function sampleNeed(first: readonly string[]): number {
  return first.some((c) => readHeader(c).field !== null) ? HEADER_SAMPLE_ROWS : SAMPLE_ROWS;
}
