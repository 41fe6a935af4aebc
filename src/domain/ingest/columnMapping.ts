/**
 * Column mappings for daily tables the detector cannot read by itself (no header row and no known
 * layout, or a header it does not recognise): the fields a column can be given, the checks a mapping
 * must pass before the ingest reads with it, and the CLI's `--columns` list (read as if it were the
 * table's header row, by the same header names as `headers.ts`). The page's dialog gets its preview
 * from `columnPreview.ts`.
 *
 * Daily values are those of HJ 663 / GB 3095-2012 Table 1 (µg/m³; CO mg/m³; O3 as its daily 8-h
 * maximum MDA8 and daily 1-h maximum).
 */
import type { Dataset, Message } from '../types.ts';
import { dailyFieldOf, readHeader } from './headers.ts';
import type { ColumnMapping, DailyField } from './ingestFile.ts';
import { issueText } from '../text/issues.ts';
import { listOf } from '../text/text.ts';

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
    problems.push(issueText('mapping_noDate', {}));
  }
  for (const [field, cols] of columnsOf) {
    if (cols.length < 2) continue;
    problems.push(issueText('mapping_fieldTwice', (lang) => ({ field, columns: listOf(cols.map(String), lang) })));
  }
  if (![...columnsOf.keys()].some((f) => VALUE_FIELDS.has(f))) {
    problems.push(issueText('mapping_noValue', {}));
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
    errors.push(issueText(info.field === null ? 'mapping_unknownName' : 'mapping_notDaily', { name, item: c + 1, accepted: COLUMN_NAMES_HELP }));
  });
  if (errors.length > 0) return { ok: false, errors };
  const problems = validateColumnMapping(mapping);
  return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, mapping };
}

/** The `--columns` name of each field (what `parseColumnList` reads back as that field). */
const COLUMN_NAME: Readonly<Record<DailyField, string>> = {
  date: 'date', area: 'city', aqi: 'AQI', category: 'category', primary: 'primary', 'PM2.5': 'PM2.5', PM10: 'PM10',
  SO2: 'SO2', NO2: 'NO2', CO: 'CO', O3_8h: 'O3_8h', O3_1h: 'O3_1h', ignore: '-',
};

/** A mapping written as a `--columns` list (the CLI's equivalent of the page's dialog); trailing ignored columns left out. */
export function columnListOf(mapping: ColumnMapping): string {
  const width = Math.max(0, ...Object.keys(mapping).map((k) => Number(k) + 1));
  const names = Array.from({ length: width }, (_x, c) => COLUMN_NAME[mapping[c] ?? 'ignore']);
  while (names.length > 0 && names[names.length - 1] === '-') names.pop();
  return names.join(',');
}
