/**
 * c. Daily city tables: one row per area and day with daily statistics as published (24-h means,
 * O3 MDA8 / 1-h max, HJ 663), optionally the published AQI, category and primary pollutant (kept
 * for comparison only). With a header, or header-less with a column mapping.
 */
import type { DailyIndicator, DailyRow } from '../../types.ts';
import { isoDate } from '../../calendar.ts';
import { CoUnit, fixCoValue } from '../coUnit.ts';
import { noteDay, readConc, reportBadDate, scratchDate } from '../context.ts';
import type { Ctx, RowHandler } from '../context.ts';
import { formatDailyRow, sameDailyRow } from '../dataset.ts';
import type { DailyField } from '../options.ts';
import type { Row } from '../row.ts';
import { DT_OK, isMissingText, parseDateTime } from '../values.ts';
import { issueText } from '../../text/issues.ts';

export class DailyHandler implements RowHandler {
  readonly format = 'daily-table' as const;
  private readonly ctx: Ctx;
  private readonly co: CoUnit;
  private readonly labels: string[];
  private readonly dateCol: number;
  private readonly areaCol: number;
  private readonly aqiCol: number;
  private readonly categoryCol: number;
  private readonly primaryCol: number;
  private readonly indicators: [DailyIndicator, number][];
  private readonly dt = scratchDate();

  constructor(ctx: Ctx, fields: (DailyField | null)[], labels: string[], coHeaderUnit: 'mg/m3' | 'ug/m3' | null) {
    this.ctx = ctx;
    this.labels = labels;
    const find = (f: DailyField) => fields.indexOf(f);
    this.dateCol = find('date');
    this.areaCol = find('area');
    this.aqiCol = find('aqi');
    this.categoryCol = find('category');
    this.primaryCol = find('primary');
    this.indicators = [];
    for (const ind of ['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3_8h', 'O3_1h'] as const) {
      const c = find(ind);
      if (c >= 0) this.indicators.push([ind, c]);
    }
    this.co = new CoUnit(ctx.settings.coUnit, coHeaderUnit, null);
    if (this.areaCol < 0) {
      ctx.log.add('info', 'area-from-file-name', undefined, undefined, () => issueText('issue_areaFromFileName', { area: ctx.stem }));
    }
  }

  row(r: Row, line: number): void {
    const ctx = this.ctx;
    ctx.rows++;
    const dcell = r.get(this.dateCol);
    const rc = parseDateTime(dcell, this.dt);
    if (rc !== DT_OK) { reportBadDate(ctx, rc, dcell, this.labels[this.dateCol] ?? 'date', line); return; }
    const day = this.dt.day;
    const area = this.areaCol >= 0 ? r.trimmed(this.areaCol).replace(/^\uFEFF/, '') || ctx.stem : ctx.stem;
    const values: Partial<Record<DailyIndicator, number>> = {};
    let any = false;
    for (const [ind, c] of this.indicators) {
      const v = readConc(ctx, r, c, c, line, this.labels[c] ?? ind, ind === 'CO', this.co);
      if (v === v) { values[ind] = v; any = true; }
    }
    const row: DailyRow = { area, day, values };
    const published = this.published(r);
    if (published) row.published = published;

    let days = ctx.ds.daily.get(area);
    if (!days) {
      days = new Map();
      ctx.ds.daily.set(area, days);
      ctx.ds.dailyIndicators.set(area, new Set(this.indicators.map(([i]) => i)));
    }
    const have = days.get(day);
    if (have) {
      if (sameDailyRow(have, row)) {
        ctx.log.add('info', 'duplicate-rows', undefined, line, () => issueText('issue_repeatedDaySame', { area, date: isoDate(day), line }));
      } else {
        ctx.log.add('warning', 'duplicate-conflict', undefined, line, () => issueText('issue_repeatedDayDiffers', {
          line, area, date: isoDate(day), kept: formatDailyRow(have), dropped: formatDailyRow(row),
        }));
      }
      return;
    }
    days.set(day, row);
    if (any || row.published) ctx.rowsUsed++;
    noteDay(ctx, day);
  }

  /** The published AQI, category and primary pollutant of a row, when it has any. */
  private published(r: Row): DailyRow['published'] | undefined {
    const published: NonNullable<DailyRow['published']> = {};
    if (this.aqiCol >= 0) {
      const a = r.conc(this.aqiCol);
      if (a >= 0) published.aqi = a;
    }
    if (this.categoryCol >= 0) {
      const t = r.trimmed(this.categoryCol);
      if (t && !isMissingText(t)) published.category = t;
    }
    if (this.primaryCol >= 0) {
      const t = r.trimmed(this.primaryCol);
      if (t && !isMissingText(t)) published.primary = t;
    }
    return published.aqi !== undefined || published.category !== undefined || published.primary !== undefined ? published : undefined;
  }

  finish() {
    const ctx = this.ctx;
    ctx.missing.emit(ctx.log, (c) => this.labels[c] ?? String(c));
    if (!this.indicators.some(([i]) => i === 'CO')) return undefined;
    return this.co.settle(ctx.log, (mode) => {
      for (const days of ctx.ds.daily.values()) {
        for (const row of days.values()) {
          const v = row.values.CO;
          if (v === undefined) continue;
          const x = fixCoValue(v, mode);
          if (x === x) row.values.CO = x;
          else delete row.values.CO;
        }
      }
    });
  }
}
