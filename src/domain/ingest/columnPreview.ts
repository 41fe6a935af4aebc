/**
 * What the page's column-mapping dialog shows of a file the detector could not read: its first rows
 * decoded as the ingest decodes them (`decode.ts`: UTF-8, GB18030, UTF-16 with BOM), a suggested
 * mapping (a known layout's, else what each column's cells tell by themselves) and the table's shape,
 * so a mapping given for one file is reused for files laid out alike in the same session.
 */
import Papa from 'papaparse';
import { sniffEncoding } from './decode.ts';
import type { Encoding } from './decode.ts';
import { suggestColumnMapping } from './ingestFile.ts';
import type { ColumnMapping, DailyField } from './ingestFile.ts';
import { DT_OK, isMissingText, parseDateTime } from './values.ts';
import type { DateTimeOut } from './values.ts';
import type { Message } from '../types.ts';

function scratchDate(): DateTimeOut {
  return { day: 0, hour: -1, year: 0, month: 0, dayOfMonth: 0 };
}

type CellKind = 'date' | 'number' | 'category' | 'pollutant' | 'text' | 'missing';

const CATEGORY_TEXT = /^(优|良|轻度污染|中度污染|重度污染|严重污染)$/;
const POLLUTANT_TEXT = /^((PM2\.?5|PM10|SO2|NO2|CO|O3)(_?8h|_?1h)?|细颗粒物|可吸入颗粒物|二氧化硫|二氧化氮|一氧化碳|臭氧(8小时|1小时)?)([,，、;；\s]+|$)+$/i;

function kindOf(cell: string, dt: DateTimeOut): CellKind {
  const t = cell.trim();
  if (t === '' || isMissingText(t)) return 'missing';
  if (Number.isFinite(Number(t))) return 'number';
  if (parseDateTime(t, dt) === DT_OK && dt.hour === -1) return 'date';
  if (CATEGORY_TEXT.test(t)) return 'category';
  if (POLLUTANT_TEXT.test(t)) return 'pollutant';
  return 'text';
}

/** The kind most cells of column `c` have (missing cells do not vote); 'missing' when none has one. */
function columnKind(rows: readonly string[][], c: number, dt: DateTimeOut): CellKind {
  const votes = new Map<CellKind, number>();
  for (const r of rows) {
    const k = kindOf(r[c] ?? '', dt);
    if (k !== 'missing') votes.set(k, (votes.get(k) ?? 0) + 1);
  }
  let best: CellKind = 'missing';
  let n = 0;
  for (const [k, v] of votes) if (v > n) { best = k; n = v; }
  return best;
}

function widthOf(rows: readonly string[][]): number {
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  let width = 0;
  let n = 0;
  for (const [w, v] of counts) if (v > n || (v === n && w > width)) { width = w; n = v; }
  return width;
}

/**
 * What the cells of each column tell by themselves: the first column of dates is the date, a column
 * of air-quality categories (优, 良, 轻度污染 …) the category, one of pollutant names the primary
 * pollutant, the first other text column the city. Numeric columns are left for the user (a number
 * does not say which pollutant it is). Header-like first rows do not vote (most rows decide).
 */
export function guessColumnMapping(rows: readonly string[][]): ColumnMapping {
  const dt = scratchDate();
  const out: ColumnMapping = {};
  const taken = new Set<DailyField>();
  for (let c = 0; c < widthOf(rows); c++) {
    const kind = columnKind(rows, c, dt);
    const field: DailyField | null =
      kind === 'date' ? 'date' : kind === 'category' ? 'category' : kind === 'pollutant' ? 'primary' : kind === 'text' ? 'area' : null;
    if (field && !taken.has(field)) {
      out[c] = field;
      taken.add(field);
    }
  }
  return out;
}

/**
 * The layout of a table as a short key (column count and each column's kind), so a mapping given
 * for one file can be offered again for files laid out the same way (e.g. the 31 city files of one
 * export).
 */
export function tableShape(rows: readonly string[][]): string {
  const dt = scratchDate();
  const width = widthOf(rows);
  let kinds = '';
  for (let c = 0; c < width; c++) kinds += columnKind(rows, c, dt).slice(0, 2);
  return `${width}:${kinds}`;
}

export type Preview =
  | { ok: true; encoding: Encoding; rows: string[][] }
  | { ok: false; message: Message };

/**
 * The first rows of a file, decoded as the ingest decodes it (UTF-8 with or without BOM, GB18030,
 * UTF-16 with BOM: `decode.ts`) and split into cells (comma, tab or semicolon), for the mapping
 * dialog. `head` is the file's first bytes (`complete` when it is the whole file); a record cut at
 * the end of `head` is left out. Blank rows are skipped.
 */
export function previewTable(head: Uint8Array, complete: boolean, maxRows: number): Preview {
  const sniffed = sniffEncoding(head, complete);
  if (!sniffed.ok) return { ok: false, message: sniffed.message };
  let text = new TextDecoder(sniffed.label).decode(head).replace(/^\uFEFF/, '');
  if (!complete) {
    const cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
    if (cut > 0) text = text.slice(0, cut);
  }
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', '\t', ';'], skipEmptyLines: 'greedy', preview: maxRows });
  return { ok: true, encoding: sniffed.encoding, rows: parsed.data.map((r) => r.map((c) => c.trim())) };
}

/** The rows the dialog shows, and what a mapping needs to know of them. */
export interface ColumnPreview {
  encoding: Encoding;
  /** The first rows, cells trimmed (at most `shown`). */
  rows: string[][];
  /** A known layout's mapping (`suggestColumnMapping`), else the per-column guess (may be partial). */
  suggestion: ColumnMapping;
  shape: string;
}

/** Rows read for the guess and the shape (the ingest's own sample for header-less tables is 200). */
const SAMPLE_ROWS = 200;

/**
 * The dialog's view of a file from its first bytes `head` (`complete` when that is the whole file);
 * null when the bytes are not text (the ingest's refusal says why).
 */
export function columnPreview(head: Uint8Array, complete: boolean, shown: number): ColumnPreview | null {
  const p = previewTable(head, complete, SAMPLE_ROWS);
  if (!p.ok || p.rows.length === 0) return null;
  return {
    encoding: p.encoding,
    rows: p.rows.slice(0, shown),
    suggestion: suggestColumnMapping(p.rows) ?? guessColumnMapping(p.rows),
    shape: tableShape(p.rows),
  };
}
