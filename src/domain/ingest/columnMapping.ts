/**
 * Column mappings for daily tables the detector cannot read by itself (no header row and no known
 * layout, or a header it does not recognise): the fields a column can be given, the checks a mapping
 * must pass before the ingest reads with it, the CLI's `--columns` list (read as if it were the
 * table's header row, by the same header names as `headers.ts`), a per-column guess from sample rows,
 * the table's shape (to reuse a mapping for files laid out alike) and a decoded preview of a file's
 * first rows for the page's mapping dialog.
 *
 * Daily values are those of HJ 663 / GB 3095-2012 Table 1 (µg/m³; CO mg/m³; O3 as its daily 8-h
 * maximum MDA8 and daily 1-h maximum).
 */
import Papa from 'papaparse';
import type { Dataset, Message } from '../types.ts';
import { sniffEncoding } from './decode.ts';
import type { Encoding } from './decode.ts';
import { dailyFieldOf, readHeader } from './headers.ts';
import type { ColumnMapping, DailyField } from './ingestFile.ts';
import { DT_OK, isMissingText, parseDateTime } from './values.ts';
import type { DateTimeOut } from './values.ts';

/** Every field a column of a daily table can be given, in the order the page offers them. */
export const MAPPING_FIELDS: readonly DailyField[] = [
  'date', 'area', 'aqi', 'category', 'primary', 'PM2.5', 'PM10', 'SO2', 'NO2', 'CO', 'O3_8h', 'O3_1h', 'ignore',
];

/** Fields a daily value or the daily AQI can be computed from (HJ 633: at least one is needed). */
const VALUE_FIELDS: ReadonlySet<DailyField> = new Set(['aqi', 'SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3_8h', 'O3_1h']);

/** Refusals of the ingest that a column mapping answers (no header and no known layout; unknown header). */
const MAPPING_ANSWERS: ReadonlySet<string> = new Set(['needs-column-mapping', 'unknown-format']);

/** True when a one-file dataset was refused because its columns were not recognised: a mapping can read it. */
export function needsColumnMapping(ds: Dataset): boolean {
  return ds.files.every((f) => f.rejected) && ds.issues.some((i) => i.severity === 'error' && MAPPING_ANSWERS.has(i.code));
}

/** Names `--columns` accepts, as the help text lists them (Chinese header names work too). */
export const COLUMN_NAMES_HELP =
  'date, city (or area, station), AQI, category, primary, PM2.5, PM10, SO2, NO2, CO, O3 (= O3_8h), O3_8h, O3_1h, ignore (or -); ' +
  'Chinese header names too (日期, 城市, 质量等级, 首要污染物, 臭氧8小时 …)';

/** Spellings of "skip this column" in a `--columns` list (an empty item too). */
const IGNORE_NAMES: ReadonlySet<string> = new Set(['', '-', '_', 'ignore', 'skip', '忽略', '跳过']);

/**
 * Problems that keep a mapping from being read (none = it can be used): no date column, a field
 * given to two columns, or no column to compute from (no AQI and no pollutant).
 */
export function validateColumnMapping(mapping: ColumnMapping): Message[] {
  const problems: Message[] = [];
  const columnsOf = new Map<DailyField, number[]>();
  for (const [key, field] of Object.entries(mapping)) {
    if (field === 'ignore') continue;
    const list = columnsOf.get(field) ?? [];
    list.push(Number(key) + 1);
    columnsOf.set(field, list);
  }
  if (!columnsOf.has('date')) {
    problems.push({
      zh: '没有日期列：请为含日期的那一列选择“日期”。',
      en: 'No date column: choose "date" for the column that holds the dates.',
    });
  }
  for (const [field, cols] of columnsOf) {
    if (cols.length < 2) continue;
    problems.push({
      zh: `“${field}”被指定给了多列（第 ${cols.join('、')} 列）：每种含义只能对应一列。`,
      en: `"${field}" is given to several columns (${cols.join(', ')}): each meaning can go to one column only.`,
    });
  }
  if (![...columnsOf.keys()].some((f) => VALUE_FIELDS.has(f))) {
    problems.push({
      zh: '没有 AQI 或污染物浓度列：至少需要一列（AQI、PM2.5、PM10、SO2、NO2、CO 或 O3）才能计算。',
      en: 'No AQI or pollutant column: at least one (AQI, PM2.5, PM10, SO2, NO2, CO or O3) is needed to compute anything.',
    });
  }
  return problems;
}

export type ParsedColumns = { ok: true; mapping: ColumnMapping } | { ok: false; errors: Message[] };

/**
 * Reads the CLI's `--columns date,AQI,PM2.5,…`: one name per column, in the file's column order,
 * read as the table's header row would be (`headers.ts`; unqualified `O3` in a daily table is the
 * MDA8, or the 1-h maximum when `O3_8h` is listed too). `ignore`, `-` or an empty item skips a column;
 * columns after the last name are ignored. Unknown names, names a daily table cannot use and
 * mappings `validateColumnMapping` refuses are errors.
 */
export function parseColumnList(list: string): ParsedColumns {
  const names = list.split(/[,，]/).map((s) => s.trim());
  const infos = names.map((n) => (IGNORE_NAMES.has(n.toLowerCase()) ? null : readHeader(n)));
  const known = infos.flatMap((i) => (i ? [i] : []));
  const errors: Message[] = [];
  const mapping: ColumnMapping = {};
  names.forEach((name, c) => {
    const info = infos[c];
    if (!info || info.field === 'ignore') {
      mapping[c] = 'ignore';
      return;
    }
    const field = dailyFieldOf(info.field, known);
    if (field) {
      mapping[c] = field;
      return;
    }
    errors.push(info.field === null
      ? { zh: `未知的列名“${name}”（第 ${c + 1} 项）。可用：${COLUMN_NAMES_HELP}`, en: `Unknown column name "${name}" (item ${c + 1}). Accepted: ${COLUMN_NAMES_HELP}` }
      : { zh: `“${name}”（第 ${c + 1} 项）不是日报表能用的列。可用：${COLUMN_NAMES_HELP}`, en: `"${name}" (item ${c + 1}) is not a column a daily table can use. Accepted: ${COLUMN_NAMES_HELP}` });
  });
  if (errors.length > 0) return { ok: false, errors };
  const problems = validateColumnMapping(mapping);
  return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, mapping };
}

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
