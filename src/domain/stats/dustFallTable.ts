/**
 * Dust fall against the plan's line (§21) as tables: per county (the page, the slide, the CLI's CSV)
 * and per county and month (the page's CSV). Headers from the dust-fall words (dustFall.zh-CN.ts).
 */
import type { Message } from '../types.ts';
import type { CsvCell } from '../report/csv.ts';
import { dustText } from '../text/dustFall.ts';
import type { DustFallSummary } from './dustFall.ts';

/** Columns of the per-county table. */
export const DUST_FALL_COUNTY_HEADER: readonly Message[] = [
  dustText('dustFall_county', {}), dustText('dustFall_months', {}), dustText('dustFall_monthsAbove', {}),
  dustText('dustFall_monthsAboveList', {}), dustText('dustFall_worst', {}), dustText('dustFall_worstValue', {}),
];

/** One row per county: months with data, months above the line (how many and which), the worst month and its value. */
export function dustFallCountyRows(s: DustFallSummary): CsvCell[][] {
  return s.counties.map((c) => [c.county, c.months.length, c.monthsAbove.length, c.monthsAbove.join(' '), c.worst.month, c.worst.value]);
}

/** Columns of the per county-month table. */
export const DUST_FALL_MONTH_HEADER: readonly Message[] = [
  dustText('dustFall_county', {}), dustText('dustFall_month', {}), dustText('dustFall_value', {}),
  dustText('dustFall_limitColumn', {}), dustText('dustFall_aboveColumn', {}),
];

/** One row per county and month with data: the value, the line and whether it is above it (Y/N). */
export function dustFallMonthRows(s: DustFallSummary): CsvCell[][] {
  const rows: CsvCell[][] = [];
  for (const c of s.counties) for (const m of c.months) rows.push([c.county, m.month, m.value, `${s.limit.relation} ${s.limit.value}`, m.above ? 'Y' : 'N']);
  return rows;
}
