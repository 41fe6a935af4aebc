/**
 * The state one file's format handler works on (`Ctx`), the handler interface, and the shared
 * cell readers and reports: a concentration cell (`readConc`: missing / text / negative /
 * impossible, each reported with row and column), a bad date, a bad hour.
 */
import type { Dataset, FormatId, Settings } from '../types.ts';
import type { IssueLog, MissingCounter } from './issues.ts';
import type { Row } from './row.ts';
import { CELL_MISSING, CELL_TEXT, DT_INVALID } from './values.ts';
import type { DateTimeOut } from './values.ts';
import type { CoDecision, CoUnit } from './coUnit.ts';
import { issueText } from '../text/issues.ts';

/** Largest plausible concentration in µg/m³ (SO2, NO2, PM10, PM2.5, O3); CO has its own in `coUnit.ts`. */
export const MAX_UG = 10_000;

/** Shared state of one file's ingest, handed to the format handlers. */
export interface Ctx {
  name: string;
  stem: string;
  settings: Settings;
  ds: Dataset;
  log: IssueLog;
  missing: MissingCounter;
  dt: DateTimeOut;
  rows: number;
  rowsUsed: number;
  minDay: number;
  maxDay: number;
}

/** One format: reads the data rows of a file (after its header), then finishes (CO unit, checks). */
export interface RowHandler {
  readonly format: FormatId;
  /**
   * Leading cells that decide whether a row is read at all (a wide table's date, hour and type):
   * plain rows are then split only that far until the handler asks for more (`Row.splitHead`).
   */
  readonly headCells?: number;
  /**
   * True when the handler reads plain batches as UTF-8 bytes (`Row.splitBytes`: numbers parsed in
   * the scan that splits the row); `headCells` is then not used.
   */
  readonly byteRows?: boolean;
  row(r: Row, line: number): void;
  finish(): CoDecision | undefined;
}

/** A scratch object for `parseDateTime`. */
export function scratchDate(): DateTimeOut {
  return { day: 0, hour: -1, year: 0, month: 0, dayOfMonth: 0 };
}

/** `dir/北京.csv` → `北京`: names the station or area of a file without one. */
export function fileStem(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/\.[^.]*$/, '') || base;
}

/** Widens the file's date span to `day`. */
export function noteDay(ctx: Ctx, day: number): void {
  if (day < ctx.minDay) ctx.minDay = day;
  if (day > ctx.maxDay) ctx.maxDay = day;
}

/**
 * Reads a concentration cell; problems are reported (missing: aggregated info per column;
 * text/negative/impossible: warnings with row and column) and give NaN. CO goes through `co`
 * (GB 3095-2012 Table 1 units: µg/m³, CO mg/m³).
 */
export function readConc(ctx: Ctx, r: Row, i: number, col: number, line: number, label: string, isCo: boolean, co: CoUnit): number {
  return settleConc(ctx, r.conc(i), () => r.get(i), col, line, label, isCo, co);
}

/**
 * `readConc` of a cell already read as `v` (a value ≥ 0 or a `readNumber` code; `cell` gives its
 * text): for handlers that parse a row's cells in one pass.
 */
export function settleConc(ctx: Ctx, v: number, cellOf: () => string, col: number, line: number, label: string, isCo: boolean, co: CoUnit): number {
  if (v >= 0) {
    if (isCo) return co.check(v, line, label, ctx.log);
    if (v > MAX_UG) {
      const cell = cellOf();
      ctx.log.add('warning', 'impossible-value', label, line, () => issueText('issue_impossibleValue', { line, column: label, value: cell.trim(), max: MAX_UG }));
      return NaN;
    }
    return v;
  }
  const cell = cellOf();
  if (v === CELL_MISSING) {
    ctx.missing.hit(col, line, cell);
  } else if (v === CELL_TEXT) {
    ctx.log.add('warning', 'non-numeric', label, line, () => issueText('issue_nonNumeric', { line, column: label, value: cell.trim().slice(0, 40) }));
  } else {
    ctx.log.add('warning', 'negative-value', label, line, () => issueText('issue_negativeValue', { line, column: label, value: cell.trim() }));
  }
  return NaN;
}

/** A date cell that is not a real date (DT_INVALID) or not a date at all: the row is dropped. */
export function reportBadDate(ctx: Ctx, code: number, cell: string, column: string, line: number): void {
  if (code === DT_INVALID) {
    ctx.log.add('warning', 'invalid-date', column, line, () => issueText('issue_invalidDate', { line, column, value: cell.trim() }));
  } else {
    ctx.log.add('warning', 'unreadable-date', column, line, () => issueText('issue_unreadableDate', { line, column, value: cell.trim().slice(0, 40) }));
  }
}

/** An hour outside 0–23 (HJ 633 hourly data are labelled 0..23): the row is dropped. */
export function reportBadHour(ctx: Ctx, cell: string, column: string, line: number): void {
  ctx.log.add('warning', 'invalid-hour', column, line, () => issueText('issue_invalidHour', { line, column, value: cell.trim() }));
}
