/**
 * The two HJ 663 criteria a concentration target is made of: a period mean at most a limit, and a
 * percentile of the daily values at most the 24-h limit. Each is a criterion verdict (kind `mean` /
 * `percentile`), part of a pollutant-class target or (the mean) a PM2.5-mean target.
 */
import { roundHalfEven } from '../math/round.ts';
import type { PeriodStats, Pollutant } from '../types.ts';
import { noData, prevRemainder, startVerdict } from './frame.ts';
import type { Frame } from './frame.ts';
import { meanCeilingRule, percentileCeilingRule } from './rules.ts';
import type { TargetUnit } from './types.ts';
import type { Verdict } from './verdict.ts';

/** The unit of a pollutant's concentration (GB 3095 Table 1: CO in mg/m³, the rest µg/m³). */
export function concentrationUnit(p: Pollutant): TargetUnit {
  return p === 'CO' ? 'mg/m3' : 'ug/m3';
}

/**
 * The mean criterion: the period's mean of `p`, rounded to `decimals`, at most `limit`. A finished
 * period is judged on the rounded mean; a running one by `meanCeilingRule`.
 */
export function meanCriterion(
  f: Frame, p: Pollutant, limit: number, decimals: number, ps: PeriodStats, of: { id: string; label: Verdict['label']; source: string },
): Verdict {
  const v = startVerdict(of, 'mean', f, concentrationUnit(p));
  v.target = limit;
  const stat = ps.pollutants[p];
  if (f.asOf === null || stat.mean === null) {
    v.reason = noData(f);
    return v;
  }
  v.actual = roundHalfEven(stat.mean, decimals);
  v.actualSource = 'data';
  if (f.finished) {
    v.status = v.actual <= limit ? 'met' : 'missed';
    v.reason = { say: 'mean-finished', mean: stat.mean, decimals, limit, met: v.status === 'met' };
    return v;
  }
  const so = f.idx.pollutant({ from: f.period.from, to: f.asOf }, p, null);
  const rest = prevRemainder(f);
  const restP = rest ? f.idx.pollutant(rest, p, null) : null;
  const out = meanCeilingRule(limit, {
    sum: so.sum, valid: so.valid, remaining: f.remaining,
    lastYearRemainderMean: restP && restP.valid > 0 ? restP.sum / restP.valid : null,
  });
  v.status = out.status;
  v.remaining = { days: f.remaining, value: out.need };
  v.reason = { say: 'mean-progress', mean: stat.mean, decimals, limit, outcome: out, days: f.remaining };
  return v;
}

/**
 * The percentile criterion: the HJ 663 percentile of the daily values at most the 24-h `limit`.
 * A finished period is judged by the class evaluation (`met`: the rounded percentile); a running one
 * by the days above the limit still allowed (`percentileCeilingRule`).
 */
export function percentileCriterion(
  f: Frame & { asOf: number }, p: Pollutant, limit: number, decimals: number, ps: PeriodStats,
  met: boolean | null, of: { id: string; label: Verdict['label']; source: string },
): Verdict {
  const stat = ps.pollutants[p];
  const v = startVerdict(of, 'percentile', f, concentrationUnit(p));
  v.target = limit;
  v.actual = stat.percentile === null ? null : roundHalfEven(stat.percentile, decimals);
  v.actualSource = 'data';
  const so = f.idx.pollutant({ from: f.period.from, to: f.asOf }, p, limit);
  if (f.finished) {
    v.status = met === null ? 'no-data' : met ? 'met' : 'missed';
    v.reason = { say: 'percentile-finished', rank: stat.percentileRank, value: v.actual, limit, above: so.above };
    return v;
  }
  const rest = prevRemainder(f);
  const out = percentileCeilingRule(stat.percentileRank, {
    count: so.above, valid: so.valid, elapsed: f.asOf - f.period.from + 1, remaining: f.remaining,
    lastYearRemainder: rest ? f.idx.pollutant(rest, p, limit).above : null,
  });
  v.status = out.status;
  v.remaining = { days: f.remaining, value: null, exceedanceDaysAllowed: Math.max(0, out.need) };
  v.reason = { say: 'percentile-progress', rank: stat.percentileRank, value: v.actual, limit, above: so.above, outcome: out, days: f.remaining };
  return v;
}
