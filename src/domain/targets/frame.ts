/**
 * What every target kind needs to judge a period: the area's days indexed by day number, the
 * period and its as-of day, the same period last year, and the published figures of the set.
 *
 * Rules (also in docs/report-json.md, "Target statuses"):
 * - Period: the target's, else the set's, else the calendar year of `set.year`.
 * - As-of: the last day of the period with any data (`hasData`); remaining days = period end − as-of.
 * - Loaded data cover a window when its valid AQI days are ≥ 90 % of its calendar days (`COVERAGE_MIN`).
 */
import type { DayNumber, DayResult, Message, PeriodStats, Pollutant, Settings } from '../types.ts';
import { roundHalfEven } from '../math/round.ts';
import { dayNumber, isoDate, parseIsoDate } from '../calendar.ts';
import { periodStats } from '../stats/period.ts';
import { EVALUATED_INDICATOR } from '../standards/hj663.ts';
import { samePeriodLastYear } from '../stats/compare.ts';
import { hasData, isGood, isHeavy } from '../aqi/dayRules.ts';
import type {
  BaselineValue, DatePeriod, EvaluationKind, Figure, FigureMetric, Target, TargetSet, TargetUnit,
} from './types.ts';
import type { Note, Reason, Verdict } from './verdict.ts';

/** Share of calendar days with a valid AQI from which loaded data are taken to cover a period. */
export const COVERAGE_MIN = 0.9;

export interface TargetContext {
  area: string;
  settings: Settings;
  /** DayResults of the area: any range, sorted or not; should include the previous year for baselines. */
  days: readonly DayResult[];
}

/** A window of whole days, both ends included. */
export interface Win {
  from: DayNumber;
  to: DayNumber;
}

/** Indexed view of the area's days with the window helpers every target needs. */
export class DayIndex {
  private readonly byDay = new Map<DayNumber, DayResult>();
  constructor(days: readonly DayResult[]) {
    for (const d of days) this.byDay.set(d.day, d);
  }
  list(w: Win): DayResult[] {
    const out: DayResult[] = [];
    for (let d = w.from; d <= w.to; d++) {
      const r = this.byDay.get(d);
      if (r) out.push(r);
    }
    return out;
  }
  /** Last day of the window with any data (`hasData`). */
  lastDataDay(w: Win): DayNumber | null {
    for (let d = w.to; d >= w.from; d--) {
      const r = this.byDay.get(d);
      if (r && hasData(r)) return d;
    }
    return null;
  }
  /** Valid, good and heavy days of the window (`isGood`, `isHeavy`). */
  counts(w: Win): { valid: number; good: number; heavy: number } {
    let valid = 0, good = 0, heavy = 0;
    for (let d = w.from; d <= w.to; d++) {
      const r = this.byDay.get(d);
      if (!r || !r.valid || r.aqi === null) continue;
      valid++;
      if (isGood(r)) good++;
      if (isHeavy(r)) heavy++;
    }
    return { valid, good, heavy };
  }
  covers(w: Win): boolean {
    if (w.to < w.from) return false;
    return this.counts(w).valid >= COVERAGE_MIN * (w.to - w.from + 1);
  }
  /** Sum/count of a pollutant's evaluated daily values, and how many exceed `limit`. */
  pollutant(w: Win, p: Pollutant, limit: number | null): { sum: number; valid: number; above: number } {
    let sum = 0, valid = 0, above = 0;
    const ind = EVALUATED_INDICATOR[p];
    for (let d = w.from; d <= w.to; d++) {
      const v = this.byDay.get(d)?.conc[ind];
      if (v === null || v === undefined || !Number.isFinite(v)) continue;
      sum += v;
      valid++;
      if (limit !== null && v > limit) above++;
    }
    return { sum, valid, above };
  }
}

/** One target's period as the data see it. */
export interface Frame {
  set: TargetSet;
  ctx: TargetContext;
  idx: DayIndex;
  period: Win;
  periodIso: DatePeriod;
  /** The same period last year (`samePeriodLastYear`). */
  prev: Win;
  asOf: DayNumber | null;
  remaining: number;
  finished: boolean;
  /** Year of the period (its last day). */
  year: number;
}

export function frameFor(set: TargetSet, ctx: TargetContext, idx: DayIndex, t: Target): Frame {
  const p = t.period ?? set.period ?? { from: `${set.year}-01-01`, to: `${set.year}-12-31` };
  const from = parseIsoDate(p.from) ?? dayNumber(set.year, 1, 1);
  const to = parseIsoDate(p.to) ?? dayNumber(set.year, 12, 31);
  const asOf = idx.lastDataDay({ from, to });
  const remaining = asOf === null ? to - from + 1 : to - asOf;
  return {
    set, ctx, idx,
    period: { from, to },
    periodIso: { from: isoDate(from), to: isoDate(to) },
    prev: samePeriodLastYear(from, to),
    asOf,
    remaining,
    finished: asOf !== null && remaining === 0,
    year: Number(isoDate(to).slice(0, 4)),
  };
}

function samePeriod(a: DatePeriod | undefined, b: DatePeriod, calendarYear: boolean): boolean {
  if (!a) return calendarYear;
  return a.from === b.from && a.to === b.to;
}

/** The published figure of the set for `metric` over `w` (a calendar-year figure has no period). */
export function findFigure(set: TargetSet, metric: FigureMetric, w: Win): Figure | undefined {
  const iso = { from: isoDate(w.from), to: isoDate(w.to) };
  const year = Number(iso.to.slice(0, 4));
  const calendarYear = iso.from === `${year}-01-01` && iso.to === `${year}-12-31`;
  return set.figures.find((f) => f.metric === metric && f.year === year && samePeriod(f.period, iso, calendarYear));
}

/** A published figure as a baseline (null when not published). */
export function figureBaseline(fig: Figure | undefined, year: number): BaselineValue | null {
  if (!fig || fig.value === null) return null;
  return { year, value: fig.value, source: fig.status === 'unknown' ? null : fig.status, citation: fig.source };
}

/** The previous-year window from the day after as-of to the period end (the "rest" last year), when loaded. */
export function prevRemainder(f: Frame): Win | null {
  if (f.asOf === null || f.remaining === 0) return null;
  const rest = samePeriodLastYear(f.asOf + 1, f.period.to);
  return f.idx.covers(rest) ? rest : null;
}

export function statsFor(f: Frame, w: Win): PeriodStats {
  return periodStats(f.idx.list(w), { area: f.ctx.area, from: w.from, to: w.to, settings: f.ctx.settings });
}

/** A verdict with nothing known yet (status no-data) for a target or criterion over the frame's period. */
export function startVerdict(
  of: { id: string; label: Message; source: string }, kind: EvaluationKind, f: Frame, unit: TargetUnit,
): Verdict {
  return {
    id: of.id, kind, label: of.label, source: of.source, period: f.periodIso,
    asOf: f.asOf === null ? null : isoDate(f.asOf), finished: f.finished,
    status: 'no-data', unit, actual: null, actualSource: null, target: null, baseline: null,
    reason: { say: 'no-data', from: f.periodIso.from, to: f.periodIso.to }, notes: [],
  };
}

/** The "no data for the period" reason. */
export function noData(f: Frame): Reason {
  return { say: 'no-data', from: f.periodIso.from, to: f.periodIso.to };
}

/**
 * The official (or implied) outcome stands in for a period without loaded data: the verdict is final,
 * judged `met`/`missed`, and cites the figure's source. `actual` is what the card shows.
 */
export function settleWithFigure(v: Verdict, fig: Figure, actual: number | null, met: boolean): void {
  v.finished = true;
  v.actual = actual;
  v.actualSource = fig.status === 'unknown' ? null : fig.status;
  v.status = met ? 'met' : 'missed';
  v.notes.push({ note: 'figure-source', citation: fig.source });
}

/** 同比: the period so far against the same days of last year, when loaded (a note; none otherwise). */
export function samePeriodNote(f: Frame): Note | null {
  if (f.asOf === null) return null;
  const w = samePeriodLastYear(f.period.from, f.asOf);
  if (!f.idx.covers(w)) return null;
  const now = f.idx.counts({ from: f.period.from, to: f.asOf });
  const then = f.idx.counts(w);
  if (now.valid === 0 || then.valid === 0) return null;
  return {
    note: 'same-period', from: isoDate(w.from), to: isoDate(w.to),
    ratioThen: then.good / then.valid, ratioNow: now.good / now.valid,
    change: roundHalfEven((now.good / now.valid - then.good / then.valid) * 100, 1),
    heavyThen: then.heavy, heavyNow: now.heavy,
  };
}
