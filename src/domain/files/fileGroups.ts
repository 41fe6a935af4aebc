/**
 * Many files as one row (issue 9 §5): a folder of daily files (`china_sites_20210101.csv` …
 * `china_sites_20211231.csv`) is listed as one group — its name pattern, how many files, their total
 * size, the dates they cover and the issues found in them — instead of 365 rows. Files named alike
 * are those whose names differ only in an 8-digit date (YYYYMMDD, a real month and day).
 */
import type { FileSummary, Issue, Severity } from '../types.ts';

/** Files named alike are grouped from this many on (two files stay two rows). */
export const MIN_GROUP = 3;

export interface FileGroup {
  /** 'china_sites_2021MMDD.csv' when every date is in one year, else 'china_sites_YYYYMMDD.csv'. */
  pattern: string;
  /** In load order. */
  files: FileSummary[];
  bytes: number;
  /** Rows used and read, summed. */
  rowsUsed: number;
  rows: number;
  /** First and last date of the data in the files ('YYYY-MM-DD'); null when none has a date. */
  firstDate: string | null;
  lastDate: string | null;
  /** Files refused (nothing usable read). */
  rejected: number;
  /** Issues found in the group's files, by severity (entries, as the issue list counts them). */
  issues: Record<Severity, number>;
}

export type FileRow = { kind: 'file'; file: FileSummary } | { kind: 'group'; group: FileGroup };

const DATED = /^(.*?)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(\D[^]*|)$/;

/** The name split around its date: prefix, year and suffix; null when it has no YYYYMMDD. */
export function datedName(name: string): { prefix: string; year: string; suffix: string } | null {
  const m = DATED.exec(name);
  return m ? { prefix: m[1]!, year: m[2]!, suffix: m[5]! } : null;
}

/**
 * The files as rows: files named alike (same text around a YYYYMMDD date), at least `MIN_GROUP` of
 * them, become one group row at the place of the first; the others stay file rows, in order.
 * @example groupFiles(365 summaries china_sites_20210101.csv … 20211231.csv, issues)
 *   → [{ kind: 'group', group: { pattern: 'china_sites_2021MMDD.csv', files: (365), … } }]
 */
export function groupFiles(files: readonly FileSummary[], issues: readonly Issue[], min = MIN_GROUP): FileRow[] {
  const byKey = new Map<string, { years: Set<string>; prefix: string; suffix: string; files: FileSummary[] }>();
  const keyOf = new Map<FileSummary, string>();
  for (const f of files) {
    const d = datedName(f.name);
    if (!d) continue;
    const key = `${d.prefix}\u0000${d.suffix}`;
    let g = byKey.get(key);
    if (!g) {
      g = { years: new Set(), prefix: d.prefix, suffix: d.suffix, files: [] };
      byKey.set(key, g);
    }
    g.years.add(d.year);
    g.files.push(f);
    keyOf.set(f, key);
  }
  const issuesOf = new Map<string, Issue[]>();
  for (const is of issues) {
    let list = issuesOf.get(is.file);
    if (!list) issuesOf.set(is.file, (list = []));
    list.push(is);
  }
  const rows: FileRow[] = [];
  const placed = new Set<string>();
  for (const f of files) {
    const key = keyOf.get(f);
    const g = key === undefined ? undefined : byKey.get(key);
    if (!g || g.files.length < min) {
      rows.push({ kind: 'file', file: f });
      continue;
    }
    if (placed.has(key!)) continue;
    placed.add(key!);
    const year = g.years.size === 1 ? [...g.years][0]! : 'YYYY';
    const group: FileGroup = {
      pattern: `${g.prefix}${year}MMDD${g.suffix}`,
      files: g.files, bytes: 0, rowsUsed: 0, rows: 0, firstDate: null, lastDate: null, rejected: 0,
      issues: { error: 0, warning: 0, info: 0 },
    };
    for (const x of g.files) {
      group.bytes += x.bytes;
      group.rowsUsed += x.rowsUsed;
      group.rows += x.rows;
      if (x.rejected) group.rejected++;
      if (x.firstDate && (group.firstDate === null || x.firstDate < group.firstDate)) group.firstDate = x.firstDate;
      if (x.lastDate && (group.lastDate === null || x.lastDate > group.lastDate)) group.lastDate = x.lastDate;
      for (const is of issuesOf.get(x.name) ?? []) group.issues[is.severity]++;
    }
    rows.push({ kind: 'group', group });
  }
  return rows;
}
