/**
 * The arithmetic behind target statuses: given what the period has delivered so far and how many
 * calendar days remain, what must the rest deliver, and is that within the usual pace?
 *
 * Common rules (documented in docs/report-json.md, "Target statuses"):
 * - The rest of the period is assumed to consist of valid days only (the most favourable case
 *   for ratios and means: missing days cannot help). Requirements are therefore minimal needs.
 * - A requirement that cannot be met even by a perfect rest of the period → `missed`.
 * - A requirement that is satisfied whatever the rest of the period brings → `met` (secured).
 * - Otherwise: `on-track` when the rest of the period needs no better than the usual pace, else
 *   `at-risk`. "Usual pace" = what the same remaining calendar days delivered in the previous year
 *   (seasonal: Taiyuan's winter is worse than its summer) when those data are loaded, else the
 *   pace of the period so far.
 * - When no day remains the period is finished and only `met`/`missed` are possible.
 */
import type { TargetStatus } from './types.ts';

/** Rounds away binary noise (0.7 × 365 = 255.49999999999997) before floor/ceil. */
function clean(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

export interface GoodDayRequirement {
  /** Ratio target num/den (a baseline as good/valid counts, or a fraction with den 1). */
  ratio?: { num: number; den: number };
  /** Count target (a baseline given only as a good-day count). */
  count?: number;
  /** Strictly above ("进一步提升") rather than at least. */
  strict: boolean;
}

export interface GoodDayProgress {
  good: number;
  valid: number;
  /** Calendar days left after the last day with data (0 = finished). */
  remaining: number;
  /** good/valid over the same remaining calendar days of the previous year, when loaded. */
  lastYearRemainderRate: number | null;
}

export interface RuleOutcome {
  status: Exclude<TargetStatus, 'no-data'>;
  /** Good days still needed / heavy days still allowed / highest mean allowed for the rest. */
  need: number;
  /** The rate the rest needs (good-day share, or allowed mean), null when nothing is needed or nothing remains. */
  requiredRate: number | null;
  /** What the required rate was compared with. */
  pace: { value: number; basis: 'last-year' | 'so-far' } | null;
}

/**
 * Good days the whole period needs out of `total` valid days: strictly above r → floor(r·total) + 1,
 * at least r → ceil(r·total); a count target c → c + 1 (strict) or c.
 */
export function goodDaysNeeded(req: GoodDayRequirement, total: number): number {
  if (req.ratio) {
    const x = clean((req.ratio.num * total) / req.ratio.den);
    return req.strict ? Math.floor(x) + 1 : Math.ceil(x);
  }
  const c = req.count ?? 0;
  return req.strict ? c + 1 : c;
}

/**
 * 优良天数比例 progress. G = needed(valid + D) − good (the brief's "ceil(r·(V+D)) − good, +1 when
 * strictly above", exact also when r·(V+D) is not a whole number). G ≤ 0 → secured (met);
 * G > D → missed; otherwise on-track iff G/D ≤ the usual good-day rate of the rest.
 */
export function goodDayRule(req: GoodDayRequirement, p: GoodDayProgress): RuleOutcome {
  const need = goodDaysNeeded(req, p.valid + p.remaining) - p.good;
  if (need <= 0) return { status: 'met', need, requiredRate: null, pace: null };
  if (p.remaining === 0 || need > p.remaining) return { status: 'missed', need, requiredRate: null, pace: null };
  const requiredRate = need / p.remaining;
  const pace = p.lastYearRemainderRate !== null
    ? { value: p.lastYearRemainderRate, basis: 'last-year' as const }
    : p.valid > 0 ? { value: p.good / p.valid, basis: 'so-far' as const } : null;
  const onTrack = pace !== null && requiredRate <= pace.value + 1e-12;
  return { status: onTrack ? 'on-track' : 'at-risk', need, requiredRate, pace };
}

export interface CountProgress {
  /** Days counted so far (heavy days, or days above a limit). */
  count: number;
  /** Days elapsed (calendar days of the period up to the last day with data). */
  elapsed: number;
  remaining: number;
  /** The same count over the same remaining days of the previous year, when loaded. */
  lastYearRemainder: number | null;
}

/**
 * A ceiling on a day count (重污染天数 ≤ allowed). N = allowed − so far: N < 0 → missed;
 * N ≥ remaining days → secured (met); otherwise on-track iff N ≥ the days the rest usually brings
 * (last year's same remaining days, else so-far pace × remaining days).
 */
export function dayCountCeilingRule(allowed: number, p: CountProgress): RuleOutcome {
  const need = allowed - p.count;
  if (need < 0) return { status: 'missed', need, requiredRate: null, pace: null };
  if (need >= p.remaining) return { status: 'met', need, requiredRate: null, pace: null };
  const expected = p.lastYearRemainder !== null
    ? { value: p.lastYearRemainder, basis: 'last-year' as const }
    : { value: p.elapsed > 0 ? (p.count / p.elapsed) * p.remaining : 0, basis: 'so-far' as const };
  const status = need >= expected.value - 1e-12 ? 'on-track' : 'at-risk';
  return { status, need, requiredRate: p.remaining > 0 ? need / p.remaining : null, pace: expected };
}

export interface MeanProgress {
  /** Sum and count of the valid daily values so far. */
  sum: number;
  valid: number;
  remaining: number;
  /** Mean of the same remaining days of the previous year, when loaded. */
  lastYearRemainderMean: number | null;
}

/**
 * A ceiling on a period mean (mean of valid daily values ≤ limit). The rest may average at most
 * M = (limit·(V + D) − sum) / D. M < 0 → missed (even clean air cannot bring the mean down enough);
 * otherwise on-track iff M ≥ the usual mean of the rest (last year's, else the mean so far).
 * A finished period is judged by the caller on the published (rounded) statistic.
 */
export function meanCeilingRule(limit: number, p: MeanProgress): RuleOutcome {
  if (p.remaining === 0) {
    const mean = p.valid > 0 ? p.sum / p.valid : 0;
    return { status: mean <= limit ? 'met' : 'missed', need: 0, requiredRate: null, pace: null };
  }
  const allowedMean = (limit * (p.valid + p.remaining) - p.sum) / p.remaining;
  if (allowedMean < 0) return { status: 'missed', need: allowedMean, requiredRate: allowedMean, pace: null };
  const pace = p.lastYearRemainderMean !== null
    ? { value: p.lastYearRemainderMean, basis: 'last-year' as const }
    : p.valid > 0 ? { value: p.sum / p.valid, basis: 'so-far' as const } : null;
  const onTrack = pace !== null && allowedMean >= pace.value - 1e-12;
  return { status: onTrack ? 'on-track' : 'at-risk', need: allowedMean, requiredRate: allowedMean, pace };
}

/**
 * HJ 663 Appendix A percentile position: k = 1 + (n − 1)·p/100, s = ⌊k⌋. With E values above a
 * limit L among n values, the percentile is certainly ≤ L when E ≤ n − s − 1 (X(s+1) ≤ L), and
 * certainly > L when E ≥ n − s + 1 (X(s) > L). Returns the largest E that keeps it certainly ≤ L.
 */
export function percentileExceedanceAllowance(n: number, p: number): number {
  if (n <= 0) return 0;
  const s = Math.floor(clean(1 + ((n - 1) * p) / 100));
  return n - s - 1;
}

/**
 * The percentile criterion during the period: the rest may add at most
 * A(V + D) − E days above the limit (A from `percentileExceedanceAllowance`, all remaining days
 * assumed valid). E ≥ (V + D) − s + 1 → missed; A − E ≥ D → secured; else on-track iff the
 * allowance covers the usual number of days above the limit in the rest.
 */
export function percentileCeilingRule(p: number, progress: CountProgress & { valid: number }): RuleOutcome {
  const total = progress.valid + progress.remaining;
  const allowance = percentileExceedanceAllowance(total, p);
  if (progress.count >= allowance + 2) return { status: 'missed', need: allowance - progress.count, requiredRate: null, pace: null };
  if (progress.count > allowance) {
    // E = n − s: the result depends on the interpolation; only the actual statistic can tell
    // (the caller judges a finished period by the computed percentile, not by this rule).
    return { status: 'at-risk', need: allowance - progress.count, requiredRate: null, pace: null };
  }
  return dayCountCeilingRule(allowance, progress);
}

const SEVERITY: Record<TargetStatus, number> = { met: 0, 'on-track': 1, 'no-data': 2, 'at-risk': 3, missed: 4 };

/** The combined status of several criteria that must all hold: the worst one wins. */
export function worstStatus(statuses: readonly TargetStatus[]): TargetStatus {
  let worst: TargetStatus = 'met';
  for (const s of statuses) if (SEVERITY[s] > SEVERITY[worst]) worst = s;
  return statuses.length === 0 ? 'no-data' : worst;
}
