/**
 * e. Dust-day lists (扣沙): one date per row, the days whose PM10/PM2.5 may be discounted in the
 * annual evaluation (HJ 663).
 */
import { isoDate } from '../../calendar.ts';
import { noteDay, reportBadDate } from '../context.ts';
import type { Ctx, RowHandler } from '../context.ts';
import type { Row } from '../row.ts';
import { DT_OK, parseDateTime } from '../values.ts';
import { issueText } from '../../text/issues.ts';

export class DustDaysHandler implements RowHandler {
  readonly format = 'dust-days' as const;
  private readonly ctx: Ctx;
  private readonly dateCol: number;
  private readonly label: string;

  constructor(ctx: Ctx, dateCol: number, label: string) {
    this.ctx = ctx;
    this.dateCol = dateCol;
    this.label = label;
  }

  row(r: Row, line: number): void {
    const ctx = this.ctx;
    ctx.rows++;
    const cell = r.get(this.dateCol);
    const rc = parseDateTime(cell, ctx.dt);
    if (rc !== DT_OK) { reportBadDate(ctx, rc, cell, this.label, line); return; }
    const iso = isoDate(ctx.dt.day);
    if (ctx.ds.dustDays.has(iso)) {
      ctx.log.add('info', 'duplicate-rows', undefined, line, () => issueText('issue_repeatedDustDay', { date: iso, line }));
      return;
    }
    ctx.ds.dustDays.add(iso);
    ctx.rowsUsed++;
    noteDay(ctx, ctx.dt.day);
  }

  finish() {
    return undefined;
  }
}
