/**
 * Composite-index rank targets (rank among the 168 key cities, 1 = cleanest): the rank itself can only
 * be judged from MEE's published ranking (entered by the user or a figure of the set); the composite
 * index from the data against last year's is shown as indicative evidence (a `composite-index` part).
 */
import { roundHalfEven } from '../math/round.ts';
import { samePeriodLastYear } from '../stats/compare.ts';
import { bilingual } from '../text/text.ts';
import { findFigure, figureBaseline, noData, startVerdict, statsFor } from './frame.ts';
import type { Frame } from './frame.ts';
import type { CompositeRankTarget } from './types.ts';
import type { Verdict } from './verdict.ts';

/** The composite index of the period so far against last year's (same days when loaded, else the published figure). */
function indexCriterion(t: CompositeRankTarget, f: Frame): Verdict {
  const ci = startVerdict({ id: `${t.id}:index`, label: bilingual('compositeIndex'), source: t.source }, 'composite-index', f, 'index');
  if (f.asOf !== null) {
    const ps = statsFor(f, { from: f.period.from, to: f.asOf });
    ci.actual = ps.composite?.index ?? null;
    ci.actualSource = ci.actual === null ? null : 'data';
    const prevWin = f.finished ? f.prev : samePeriodLastYear(f.period.from, f.asOf);
    if (f.idx.covers(prevWin)) {
      const pps = statsFor(f, prevWin);
      ci.baseline = { year: f.year - 1, value: pps.composite?.index ?? null, source: 'data' };
    } else if (f.finished) {
      ci.baseline = figureBaseline(findFigure(f.set, 'compositeIndex', f.prev), f.year - 1);
    }
  } else {
    const fig = findFigure(f.set, 'compositeIndex', f.period);
    if (fig && fig.value !== null) {
      ci.actual = fig.value;
      ci.actualSource = fig.status === 'unknown' ? null : fig.status;
      ci.finished = true;
    }
    ci.baseline = figureBaseline(findFigure(f.set, 'compositeIndex', f.prev), f.year - 1);
  }
  const b = ci.baseline?.value ?? null;
  if (ci.actual !== null && b !== null) {
    const improved = ci.actual < b;
    ci.status = ci.finished ? (improved ? 'met' : 'missed') : improved ? 'on-track' : 'at-risk';
    ci.reason = {
      say: 'index', actual: ci.actual, baseline: b, sameDays: ci.baseline?.source === 'data',
      change: roundHalfEven(((ci.actual - b) / b) * 100, 1), improved,
    };
  } else if (ci.actual !== null) {
    ci.reason = { say: 'index-no-baseline', actual: ci.actual };
  } else {
    ci.reason = noData(f);
  }
  return ci;
}

/**
 * Judges a composite-rank target: by the published (or entered) rank against the target rank
 * (last year's − 1 for "排名前移"); without it, the index trend gives on-track / at-risk at most.
 */
export function compositeRankVerdict(t: CompositeRankTarget, f: Frame): Verdict {
  const v = startVerdict(t, t.kind, f, 'rank');
  const of = t.of ?? 168;
  let target: number | null = null;
  if (t.comparison === 'at-most-value') {
    target = t.value ?? null;
  } else {
    v.baseline = figureBaseline(findFigure(f.set, 'compositeRank', f.prev), f.year - 1);
    if (v.baseline?.value !== null && v.baseline?.value !== undefined) target = v.baseline.value - 1;
  }
  v.target = target;
  const ci = indexCriterion(t, f);
  v.parts = [ci];

  const fig = findFigure(f.set, 'compositeRank', f.period);
  const rank = t.enteredRank ?? fig?.value ?? null;
  if (rank !== null && target !== null) {
    v.actual = rank;
    v.actualSource = t.enteredRank != null ? 'user' : (fig?.status === 'unknown' ? null : fig?.status ?? null);
    v.finished = true;
    v.status = rank <= target ? 'met' : 'missed';
    v.reason = { say: 'rank-final', of, rank, target, met: v.status === 'met' };
    return v;
  }
  if (target === null) {
    v.reason = { say: 'rank-no-target', enter: t.comparison === 'at-most-value' };
    return v;
  }
  // Without the published rank: the trend of the index is the only evidence.
  v.status = ci.status === 'on-track' || ci.status === 'at-risk' ? ci.status : 'no-data';
  v.reason = { say: 'rank-pending', of, target };
  v.notes.push({ note: 'rank-indicative' });
  return v;
}
