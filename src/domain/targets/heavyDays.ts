/**
 * 重污染天数 targets (plan-2021.md §1): fewer than last year's same period, or at most a value.
 * Heavy days are valid days with AQI > 200 (`isHeavy`); days without a valid AQI are not counted.
 */
import { findFigure, figureBaseline, noData, prevRemainder, samePeriodNote, settleWithFigure, startVerdict } from './frame.ts';
import type { Frame } from './frame.ts';
import { dayCountCeilingRule } from './rules.ts';
import type { HeavyDaysTarget } from './types.ts';
import type { Verdict } from './verdict.ts';

/**
 * Judges a heavy-days target against its ceiling (`dayCountCeilingRule`): last year − 1 for
 * "较上年减少", from the loaded data when they cover last year's same period, else the published figure.
 */
export function heavyDaysVerdict(t: HeavyDaysTarget, f: Frame): Verdict {
  const v = startVerdict(t, t.kind, f, 'days');
  let allowed: number | null = null;
  if (t.comparison === 'at-most-value') {
    allowed = t.value ?? null;
  } else if (f.idx.covers(f.prev)) {
    const c = f.idx.counts(f.prev);
    v.baseline = { year: f.year - 1, value: c.heavy, source: 'data' };
    allowed = c.heavy - 1;
  } else {
    v.baseline = figureBaseline(findFigure(f.set, 'heavyDays', f.prev), f.year - 1);
    if (v.baseline?.value !== null && v.baseline?.value !== undefined) allowed = v.baseline.value - 1;
  }
  v.target = allowed;
  if (allowed === null) {
    v.reason = t.comparison === 'at-most-value' ? { say: 'enter-value', what: 'days' } : { say: 'no-baseline' };
    return v;
  }
  if (allowed < 0) {
    v.status = 'missed';
    v.reason = { say: 'heavy-cannot-fall' };
    return v;
  }
  const ceiling = { belowPrevious: t.comparison === 'below-previous', allowed };

  if (f.asOf === null) {
    const fig = findFigure(f.set, 'heavyDays', f.period);
    if (!fig || fig.value === null) {
      v.reason = noData(f);
      return v;
    }
    settleWithFigure(v, fig, fig.value, fig.value <= allowed);
    v.reason = { say: 'heavy-official', value: fig.value, ceiling, met: v.status === 'met' };
    return v;
  }
  const so = f.idx.counts({ from: f.period.from, to: f.asOf });
  v.actual = so.heavy;
  v.actualSource = 'data';
  const rest = prevRemainder(f);
  const out = dayCountCeilingRule(allowed, {
    count: so.heavy, elapsed: f.asOf - f.period.from + 1, remaining: f.remaining,
    lastYearRemainder: rest ? f.idx.counts(rest).heavy : null,
  });
  v.status = out.status;
  if (f.finished) {
    v.reason = { say: 'heavy-finished', heavy: so.heavy, ceiling, met: out.status === 'met' };
  } else {
    v.remaining = { days: f.remaining, value: out.need };
    v.reason = { say: 'heavy-progress', heavy: so.heavy, ceiling, outcome: out, days: f.remaining };
  }
  const invalid = f.asOf - f.period.from + 1 - so.valid;
  if (invalid > 0) v.notes.push({ note: 'invalid-days', days: invalid });
  const same = samePeriodNote(f);
  if (same) v.notes.push(same);
  return v;
}
