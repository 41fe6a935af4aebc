/**
 * Year-on-year comparison (同比) as official bulletins phrase it (standards.md §5).
 */
import { POLLUTANTS } from '../types.ts';
import type { DayNumber, PeriodStats, Pollutant } from '../types.ts';
import { civilDate, dayNumber, daysInMonth } from '../calendar.ts';
import { roundHalfEven } from '../math/round.ts';
import { evaluationStatistic, goodDayRatioPercent } from './period.ts';
import { publishedDecimals } from '../standards/hj663.ts';

export interface Change {
  current: number | null;
  previous: number | null;
  delta: number | null;
  unit: 'pp' | '%' | 'days' | 'index%';
}

function change(current: number | null, previous: number | null, unit: Change['unit']): Change {
  let delta: number | null = null;
  if (current !== null && previous !== null) {
    if (unit === 'pp' || unit === 'days') delta = current - previous;
    else if (previous !== 0) delta = ((current - previous) / previous) * 100;
  }
  return { current, previous, delta, unit };
}

const round = (x: number | null, decimals: number): number | null => (x === null ? null : roundHalfEven(x, decimals));

/**
 * Year-on-year change per standards.md §5, computed from the figures as published so that a reader
 * can reproduce it from the displayed numbers:
 * - goodDayRatio: the published percent (`goodDayRatioPercent`, 1 decimal, rounded once from good/valid),
 *   change in percentage points ('pp');
 * - goodDays, heavyDays: day counts, change in days;
 * - composite: index (2 decimals), change rate in % ('index%', > 0 worse);
 * - pollutants: the evaluated statistic (mean of SO2/NO2/PM10/PM2.5, CO p95, O3 MDA8 p90) rounded to
 *   integers (CO 1 decimal), change in relative %.
 * `delta` is null when a side is missing (or a relative change from 0).
 */
export function compareStats(
  current: PeriodStats,
  previous: PeriodStats,
): { goodDayRatio: Change; goodDays: Change; heavyDays: Change; composite: Change; pollutants: Record<Pollutant, Change> } {
  const pct = (s: PeriodStats) => goodDayRatioPercent(s.goodDays, s.validDays);
  const pollutants = {} as Record<Pollutant, Change>;
  for (const p of POLLUTANTS) {
    const c = round(evaluationStatistic(current.pollutants[p], p), publishedDecimals(p));
    const q = round(evaluationStatistic(previous.pollutants[p], p), publishedDecimals(p));
    pollutants[p] = change(c, q, '%');
  }
  const ratio = change(pct(current), pct(previous), 'pp');
  if (ratio.delta !== null) ratio.delta = roundHalfEven(ratio.delta, 1); // remove float noise of 94.5 − 93.4
  return {
    goodDayRatio: ratio,
    goodDays: change(current.validDays > 0 ? current.goodDays : null, previous.validDays > 0 ? previous.goodDays : null, 'days'),
    heavyDays: change(current.validDays > 0 ? current.heavyDays : null, previous.validDays > 0 ? previous.heavyDays : null, 'days'),
    composite: change(current.composite?.index ?? null, previous.composite?.index ?? null, 'index%'),
    pollutants,
  };
}

/** The same civil date one year earlier; 29 Feb → 28 Feb, and a month's last day → that month's last day. */
function previousYearDay(d: DayNumber, monthEnd: boolean): DayNumber {
  const { year, month, day } = civilDate(d);
  const last = daysInMonth(year - 1, month);
  const atEnd = monthEnd && day === daysInMonth(year, month);
  return dayNumber(year - 1, month, atEnd ? last : Math.min(day, last));
}

/**
 * The same period of the previous year (上年同期, standards.md §5): 2021-01-01..2021-06-30 →
 * 2020-01-01..2020-06-30. 29 February maps to 28 February; an end on the last day of a month maps to
 * the last day of that month (2021-01-01..2021-02-28 → 2020-01-01..2020-02-29, the 1—2月 cumulative period).
 */
export function samePeriodLastYear(from: DayNumber, to: DayNumber): { from: DayNumber; to: DayNumber } {
  return { from: previousYearDay(from, false), to: previousYearDay(to, true) };
}
