/**
 * f. Monthly dust-fall tables (降尘量, plan §21 "降尘量高于9吨/月·平方公里的县(市、区)…"): one row per
 * county and month — `区县,月份,降尘量(t/(km²·月))` or `county,month,dust fall (t/km2/month)` — with
 * the month as `2021-03`, `2021/3`, `2021年3月`, `202103` (or a separate year column and `3` / `3月`).
 * Values are t/(km²·month) (= g/(m²·month)). Every refused cell is reported with its row and column:
 * a month that is not one, a negative, text or absurd value, a row without a county; a county-month
 * given twice is counted once (the first value kept, a different second value reported).
 */
import { dayNumber, daysInMonth } from '../../calendar.ts';
import { issueText } from '../../text/issues.ts';
import type { Message } from '../../types.ts';
import { noteDay } from '../context.ts';
import type { Ctx, RowHandler } from '../context.ts';
import type { Detected } from '../detect.ts';
import type { HeaderField, HeaderInfo } from '../headers.ts';
import { foldWidth } from '../headers.ts';
import type { Row } from '../row.ts';
import { CELL_MISSING, CELL_TEXT } from '../values.ts';

/**
 * Largest plausible monthly dust fall, t/(km²·month). Urban monitoring in northern China reports
 * about 5–20, and spring dust storms a few tens; a value above this is a unit or typing error
 * (e.g. kg instead of t) and is excluded with an `impossible-value` warning.
 */
export const MAX_DUST_FALL = 100;

/** `readMonth` results other than a month: not a month at all / a month that does not exist. */
export const MONTH_UNREADABLE = 'unreadable' as const;
export const MONTH_INVALID = 'invalid' as const;

/**
 * A month cell → 'YYYY-MM'. With `year` (a separate year column) the cell may be the month alone
 * (`3`, `03`, `3月`). A date on the 1st (`2021-03-01`, what Excel makes of `2021-03`) is its month.
 */
export function readMonth(cell: string, year?: string): string | typeof MONTH_UNREADABLE | typeof MONTH_INVALID {
  const s = foldWidth(cell).trim().replace(/\s+/g, '');
  let y: number, m: number;
  let hit = /^(\d{4})[-/.](\d{1,2})$/.exec(s) ?? /^(\d{4})年(\d{1,2})月份?$/.exec(s) ?? /^(\d{4})(\d{2})$/.exec(s);
  if (hit) {
    y = Number(hit[1]); m = Number(hit[2]);
  } else if ((hit = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s)) && Number(hit[3]) === 1) {
    y = Number(hit[1]); m = Number(hit[2]);
  } else if (year !== undefined && (hit = /^(\d{1,2})(月份?)?$/.exec(s)) && /^\d{4}年?$/.test(foldWidth(year).trim())) {
    y = Number(foldWidth(year).trim().slice(0, 4)); m = Number(hit[1]);
  } else {
    return MONTH_UNREADABLE;
  }
  if (m < 1 || m > 12 || y < 1900 || y > 2100) return MONTH_INVALID;
  return `${y}-${String(m).padStart(2, '0')}`;
}

/** Detection of a table with a dust-fall column: its handler, or refused when it has no month column. */
export function detectDustFall(ctx: Ctx, infos: HeaderInfo[]): Detected {
  const find = (f: HeaderField) => infos.findIndex((i) => i.field === f);
  const monthCol = find('month') >= 0 ? find('month') : find('date');
  if (monthCol < 0) {
    const m = issueText('issue_dustFallNoMonth', {});
    return { reject: true, code: 'no-date-column', zh: m.zh, en: m.en };
  }
  return { handler: new DustFallHandler(ctx, infos, monthCol), headerConsumed: true };
}

export class DustFallHandler implements RowHandler {
  readonly format = 'dust-fall' as const;
  private readonly ctx: Ctx;
  private readonly labels: string[];
  private readonly countyCol: number;
  private readonly monthCol: number;
  private readonly yearCol: number;
  private readonly valueCol: number;

  constructor(ctx: Ctx, infos: HeaderInfo[], monthCol: number) {
    this.ctx = ctx;
    this.labels = infos.map((i) => i.label);
    const find = (f: HeaderField) => infos.findIndex((i) => i.field === f);
    this.monthCol = monthCol;
    this.yearCol = find('year');
    this.valueCol = find('dustFall');
    // The county: 区县, else a city/area or station column; else the file's name.
    this.countyCol = [find('county'), find('city'), find('station')].find((c) => c >= 0) ?? -1;
    if (this.countyCol < 0) {
      ctx.log.add('info', 'area-from-file-name', undefined, undefined, () => issueText('issue_dustFallCountyFromFile', { name: ctx.stem }));
    }
  }

  private warn(code: 'unreadable-month' | 'invalid-month' | 'missing-county' | 'negative-value' | 'non-numeric' | 'impossible-value',
    col: number, line: number, message: () => Message): void {
    this.ctx.log.add('warning', code, col >= 0 ? this.labels[col] : undefined, line, message);
  }

  row(r: Row, line: number): void {
    const ctx = this.ctx;
    ctx.rows++;
    const county = this.countyCol >= 0 ? r.trimmed(this.countyCol).replace(/^\uFEFF/, '') : ctx.stem;
    const column = (c: number) => this.labels[c] ?? '';
    if (county === '') {
      this.warn('missing-county', this.countyCol, line, () => issueText('issue_missingCounty', { line, column: column(this.countyCol) }));
      return;
    }
    const mcell = r.get(this.monthCol).trim();
    const month = readMonth(mcell, this.yearCol >= 0 ? r.get(this.yearCol) : undefined);
    if (month === MONTH_UNREADABLE || month === MONTH_INVALID) {
      const code = month === MONTH_INVALID ? 'invalid-month' : 'unreadable-month';
      const key = month === MONTH_INVALID ? 'issue_invalidMonth' : 'issue_unreadableMonth';
      this.warn(code, this.monthCol, line, () => issueText(key, { line, column: column(this.monthCol), value: mcell.slice(0, 40) }));
      return;
    }
    const value = this.value(r, line);
    if (value === null) return;
    let months = ctx.ds.dustFall.get(county);
    if (!months) { months = new Map(); ctx.ds.dustFall.set(county, months); }
    const have = months.get(month);
    if (have !== undefined) {
      if (have === value) {
        ctx.log.add('info', 'duplicate-rows', undefined, line, () => issueText('issue_dustFallRepeated', { line, county, month }));
      } else {
        ctx.log.add('warning', 'duplicate-conflict', undefined, line, () => issueText('issue_dustFallConflict', { line, county, month, kept: have, dropped: value }));
      }
      return;
    }
    months.set(month, value);
    ctx.rowsUsed++;
    const y = Number(month.slice(0, 4)), m = Number(month.slice(5, 7));
    noteDay(ctx, dayNumber(y, m, 1));
    noteDay(ctx, dayNumber(y, m, daysInMonth(y, m)));
  }

  /** The dust-fall cell: a value in 0..MAX_DUST_FALL, or null (reported; a missing cell is counted per column). */
  private value(r: Row, line: number): number | null {
    const c = this.valueCol;
    const v = r.conc(c);
    const cell = r.get(c).trim().slice(0, 40);
    const column = this.labels[c] ?? '';
    if (v >= 0 && v <= MAX_DUST_FALL) return v;
    if (v > MAX_DUST_FALL) this.warn('impossible-value', c, line, () => issueText('issue_dustFallImpossible', { line, column, value: cell, max: MAX_DUST_FALL }));
    else if (v === CELL_MISSING) this.ctx.missing.hit(c, line, r.get(c));
    else if (v === CELL_TEXT) this.warn('non-numeric', c, line, () => issueText('issue_dustFallText', { line, column, value: cell }));
    else this.warn('negative-value', c, line, () => issueText('issue_dustFallNegative', { line, column, value: cell }));
    return null;
  }

  finish() {
    this.ctx.missing.emit(this.ctx.log, (c) => this.labels[c] ?? String(c));
    return undefined;
  }
}
