/**
 * Evaluation of a target set against an area's DayResults: each kind is judged in its own module
 * (goodDayRatio.ts, heavyDays.ts, pollutantClass.ts, pm25Mean.ts, compositeRank.ts, emissions.ts,
 * binding.ts) into a typed `Verdict` (numbers, status, what the rest of the period must deliver, and
 * why), and targets/messages.ts renders it into words in both languages.
 *
 * Rules (also in docs/report-json.md, "Target statuses"):
 * - Period, as-of day and coverage: frame.ts.
 * - Baseline of a "较上年" target: the previous year's same period (`samePeriodLastYear`) from the
 *   loaded data when they cover it (valid AQI days ≥ 90 % of its calendar days), else the published
 *   figure of the set for that year and metric (official or implied), named as such.
 * - When the period has no data at all, a published figure of the set for the target year (and
 *   period) stands in for the actual value, so the plan can be judged from the official outcome.
 * - In-progress statuses come from rules.ts (secured → met, impossible → missed, else on-track /
 *   at-risk by the same remaining days of last year, else the pace so far).
 */
import { bindingVerdict } from './binding.ts';
import { compositeRankVerdict } from './compositeRank.ts';
import { emissionsVerdict } from './emissions.ts';
import { DayIndex, frameFor } from './frame.ts';
import type { TargetContext } from './frame.ts';
import { goodDayRatioVerdict } from './goodDayRatio.ts';
import { heavyDaysVerdict } from './heavyDays.ts';
import { renderVerdict } from './messages.ts';
import { pm25MeanVerdict } from './pm25Mean.ts';
import { pollutantClassVerdict } from './pollutantClass.ts';
import type { Target, TargetEvaluation, TargetSet } from './types.ts';
import type { Verdict } from './verdict.ts';

/** The verdict of one target, with the baseline's source and the target's own note as further lines. */
function verdictOf(set: TargetSet, ctx: TargetContext, idx: DayIndex, t: Target): Verdict {
  const f = frameFor(set, ctx, idx, t);
  let v: Verdict;
  switch (t.kind) {
    case 'good-day-ratio': v = goodDayRatioVerdict(t, f); break;
    case 'heavy-days': v = heavyDaysVerdict(t, f); break;
    case 'pollutant-class': v = pollutantClassVerdict(t, f); break;
    case 'pm25-mean': v = pm25MeanVerdict(t, f); break;
    case 'composite-rank': v = compositeRankVerdict(t, f); break;
    case 'emissions': v = emissionsVerdict(t, f); break;
    case 'binding': v = bindingVerdict(t, f, (item) => verdictOf(set, ctx, idx, item)); break;
  }
  if (v.baseline && v.baseline.source !== null) {
    v.notes.push({ note: 'baseline', source: v.baseline.source, ...(v.baseline.citation ? { citation: v.baseline.citation } : {}) });
  }
  if (t.note) v.notes.push({ note: 'target', text: t.note });
  return v;
}

/**
 * Evaluates every target of `set` for one area (plan targets, plan-2021.md §1): actual, threshold,
 * baseline (data or published figure, named), status, the remaining need, and the words for them.
 */
export function evaluateTargets(set: TargetSet, ctx: TargetContext): TargetEvaluation[] {
  const idx = new DayIndex(ctx.days);
  return set.targets.map((t) => ({ ...renderVerdict(verdictOf(set, ctx, idx, t)), kind: t.kind }));
}
