/**
 * Issue log with aggregation: the same code in the same column is one Issue with a `count` and
 * the first 10 example rows, so that a file with millions of bad cells gives a handful of issues.
 */
import type { Issue, IssueCode, Message, Severity } from '../types.ts';
import { issueText, issueTr } from '../text/issues.ts';
import { listOf } from '../text/text.ts';
import type { Lang } from '../text/text.ts';

const MAX_ROWS = 10;

export class IssueLog {
  readonly file: string;
  private readonly byKey = new Map<string, Issue>();
  private readonly order: Issue[] = [];

  constructor(file: string) {
    this.file = file;
  }

  /**
   * Records one occurrence. `message` is only called for the first occurrence of a code+column
   * (its text describes that first example). `key` overrides the aggregation key.
   */
  add(severity: Severity, code: IssueCode, column: string | undefined, row: number | undefined, message: () => Message, key?: string): void {
    const k = key ?? `${code}\u0000${column ?? ''}`;
    const hit = this.byKey.get(k);
    if (hit) {
      hit.count = (hit.count ?? 1) + 1;
      if (row !== undefined && hit.rows && hit.rows.length < MAX_ROWS) hit.rows.push(row);
      return;
    }
    const issue: Issue = { file: this.file, severity, code, message: message(), count: 1 };
    if (row !== undefined) { issue.row = row; issue.rows = [row]; }
    if (column !== undefined) issue.column = column;
    this.byKey.set(k, issue);
    this.order.push(issue);
  }

  /** Adds an already aggregated issue (count and example rows known). */
  addAggregate(severity: Severity, code: IssueCode, column: string | undefined, count: number, rows: number[], message: Message): void {
    if (count <= 0) return;
    const issue: Issue = { file: this.file, severity, code, message, count };
    if (column !== undefined) issue.column = column;
    if (rows.length > 0) { issue.row = rows[0]; issue.rows = rows.slice(0, MAX_ROWS); }
    this.order.push(issue);
  }

  /** Issues in the order first seen; aggregated ones say how many cells/rows they stand for. */
  list(): Issue[] {
    return this.order.map((i) => {
      const out: Issue = { ...i };
      if ((i.count ?? 1) > 1 && i.rows) {
        const count = i.count ?? 1, rows = i.rows.map(String);
        const more = issueText('issue_occurrences', (lang) => ({ count, rows: listOf(rows, lang) }));
        out.message = { zh: i.message.zh + more.zh, en: i.message.en + more.en };
      } else if ((i.count ?? 1) <= 1) {
        delete out.rows;
      }
      return out;
    });
  }
}

/** Small per-column counter of missing markers (hot path: no allocation per cell). */
export class MissingCounter {
  readonly counts: number[] = [];
  readonly rows: number[][] = [];
  readonly markers: Set<string>[] = [];

  hit(col: number, row: number, cell: string): void {
    const c = this.counts[col];
    if (c === undefined) {
      this.counts[col] = 1;
      this.rows[col] = [row];
      this.markers[col] = new Set([cell.trim()]);
      return;
    }
    this.counts[col] = c + 1;
    const r = this.rows[col]!;
    if (r.length < MAX_ROWS) r.push(row);
    const m = this.markers[col]!;
    if (m.size < 6) m.add(cell.trim());
  }

  /** One info issue per column that had missing values. */
  emit(log: IssueLog, label: (col: number) => string): void {
    this.counts.forEach((count, col) => {
      if (!count) return;
      // an empty cell is named in the message's language: '(空)' / '(empty)'
      const markers = (lang: Lang) => [...(this.markers[col] ?? [])].map((m) => (m === '' ? issueTr(lang, 'issue_emptyCell', {}) : m)).join(' ');
      const name = label(col);
      log.addAggregate('info', 'missing-value', name, count, this.rows[col] ?? [], issueText('issue_missingValues', (lang) => ({ column: name, count, markers: markers(lang) })));
    });
  }
}
