/**
 * 优良天数比例 targets (plan-2021.md §1): above / at least last year's same period, or at least a
 * value. The baseline is last year's same period from the loaded data when they cover it, else the
 * published ratio, else the published good-day count (then compared as counts).
 */
import { goodDayRatioPercent } from '../stats/period.ts';
import { findFigure, figureBaseline, prevRemainder, samePeriodNote, settleWithFigure, startVerdict, noData } from './frame.ts';
import type { Frame } from './frame.ts';
import { goodDayRule } from './rules.ts';
import type { GoodDayRequirement } from './rules.ts';
import type { BaselineValue, GoodDayRatioTarget } from './types.ts';
import type { GoodDayBar, Note, Verdict } from './verdict.ts';

interface Requirement {
  req: GoodDayRequirement | null;
  baseline: BaselineValue | null;
  target: number | null;
  note?: Note;
}

function requirement(f: Frame, comparison: GoodDayRatioTarget['comparison'], value: number | null | undefined): Requirement {
  if (comparison === 'at-least-value') {
    if (value === null || value === undefined) return { req: null, baseline: null, target: null };
    return { req: { ratio: { num: value, den: 1 }, strict: false }, baseline: null, target: value };
  }
  const strict = comparison === 'above-previous';
  const prevYear = f.year - 1;
  if (f.idx.covers(f.prev)) {
    const c = f.idx.counts(f.prev);
    return {
      req: { ratio: { num: c.good, den: c.valid }, strict },
      baseline: {
        year: prevYear, value: c.good / c.valid, source: 'data', goodDays: c.good, validDays: c.valid,
        percent: goodDayRatioPercent(c.good, c.valid),
      },
      target: c.good / c.valid,
    };
  }
  const ratioFig = findFigure(f.set, 'goodDayRatio', f.prev);
  if (ratioFig && ratioFig.value !== null) {
    return { req: { ratio: { num: ratioFig.value, den: 1 }, strict }, baseline: figureBaseline(ratioFig, prevYear), target: ratioFig.value };
  }
  const countFig = findFigure(f.set, 'goodDays', f.prev);
  if (countFig && countFig.value !== null) {
    const b = figureBaseline(countFig, prevYear)!;
    b.value = null;
    b.goodDays = countFig.value;
    return { req: { count: countFig.value, strict }, baseline: b, target: null, note: { note: 'count-baseline', lastYearGood: countFig.value } };
  }
  return { req: null, baseline: null, target: null };
}

function barOf(req: GoodDayRequirement): GoodDayBar {
  return req.ratio ? { ratio: req.ratio.num / req.ratio.den } : { count: req.count ?? 0 };
}

/**
 * Judges a good-day-ratio target: secured, on track, at risk or missed from the good days still
 * needed (`goodDayRule`), the rest of the period assumed to be valid days; a period without data is
 * settled by the published figure when there is one.
 */
export function goodDayRatioVerdict(t: GoodDayRatioTarget, f: Frame): Verdict {
  const v = startVerdict(t, t.kind, f, 'ratio');
  const { req, baseline, target, note } = requirement(f, t.comparison, t.value);
  v.baseline = baseline;
  v.target = target;
  if (note) v.notes.push(note);
  if (!req) {
    v.reason = t.comparison === 'at-least-value' ? { say: 'enter-value', what: 'ratio' } : { say: 'no-baseline' };
    return v;
  }
  const bar = barOf(req);

  if (f.asOf === null) {
    // The official outcome stands in when the period has no data.
    const fig = findFigure(f.set, req.ratio ? 'goodDayRatio' : 'goodDays', f.period);
    const ratioFig = findFigure(f.set, 'goodDayRatio', f.period);
    if (!fig || fig.value === null) {
      v.reason = noData(f);
      return v;
    }
    const met = req.ratio
      ? (req.strict ? fig.value * req.ratio.den > req.ratio.num : fig.value * req.ratio.den >= req.ratio.num)
      : (req.strict ? fig.value > req.count! : fig.value >= req.count!);
    settleWithFigure(v, fig, ratioFig?.value ?? null, met);
    v.reason = { say: 'good-official', value: fig.value, bar, strict: req.strict, met };
    return v;
  }

  const c = f.idx.counts({ from: f.period.from, to: f.asOf });
  if (c.valid === 0) {
    v.reason = { say: 'no-valid-day' };
    return v;
  }
  v.actual = c.good / c.valid;
  v.actualPercent = goodDayRatioPercent(c.good, c.valid);
  v.actualSource = 'data';
  const rest = prevRemainder(f);
  const restCounts = rest ? f.idx.counts(rest) : null;
  const out = goodDayRule(req, {
    good: c.good, valid: c.valid, remaining: f.remaining,
    lastYearRemainderRate: restCounts && restCounts.valid > 0 ? restCounts.good / restCounts.valid : null,
  });
  v.status = out.status;
  if (f.finished) {
    v.reason = { say: 'good-finished', good: c.good, valid: c.valid, bar, strict: req.strict, met: out.status === 'met' };
  } else {
    v.remaining = { days: f.remaining, value: Math.max(0, out.need) };
    v.reason = { say: 'good-progress', good: c.good, valid: c.valid, bar, strict: req.strict, outcome: out, days: f.remaining };
  }
  const same = samePeriodNote(f);
  if (same) v.notes.push(same);
  v.notes.push({ note: 'remaining-valid' });
  return v;
}
