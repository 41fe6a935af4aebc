/**
 * PM2.5-mean targets (e.g. the Oct–Nov 2021 control figure 59.5 µg/m³): the period's mean, rounded to
 * the decimals of the target as written, at most the target.
 */
import { meanCriterion } from './criteria.ts';
import { findFigure, noData, settleWithFigure, startVerdict, statsFor } from './frame.ts';
import type { Frame } from './frame.ts';
import type { Pm25MeanTarget } from './types.ts';
import type { Verdict } from './verdict.ts';

/** Decimals of a target value as written (59.5 → 1, 59 → 0): the mean is rounded alike before comparing. */
export function decimalsOf(x: number): number {
  const s = String(x);
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/** Judges a PM2.5-mean target by the mean criterion; a period without data by the published figure. */
export function pm25MeanVerdict(t: Pm25MeanTarget, f: Frame): Verdict {
  if (t.value === null) {
    const v = startVerdict(t, t.kind, f, 'ug/m3');
    v.reason = { say: 'enter-value', what: 'concentration' };
    return v;
  }
  if (f.asOf === null) {
    const v = startVerdict(t, t.kind, f, 'ug/m3');
    v.target = t.value;
    const fig = findFigure(f.set, 'pm25Mean', f.period);
    if (!fig || fig.value === null) {
      v.reason = noData(f);
      return v;
    }
    settleWithFigure(v, fig, fig.value, fig.value <= t.value);
    v.reason = { say: 'pm25-official', value: fig.value, target: t.value, met: v.status === 'met' };
    return v;
  }
  const ps = statsFor(f, { from: f.period.from, to: f.asOf });
  const v = meanCriterion(f, 'PM2.5', t.value, decimalsOf(t.value), ps, t);
  v.kind = t.kind;
  v.notes.push({ note: 'mean-rounding', decimals: decimalsOf(t.value) });
  return v;
}
