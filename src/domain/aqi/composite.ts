/**
 * Composite index (环境空气质量综合指数) of the city ranking (《城市环境空气质量排名技术规定》;
 * standards.md §4.1): I_i = C_i / S_i, I_sum = Σ I_i, I_max = max I_i.
 *
 * Computed on exact rationals: the rounded C_i are decimals with at most one decimal and the
 * S_i are integers, so Σ w_i·C_i/S_i is a fraction of integers and is rounded to 2 decimals
 * half-even without any float error.
 */
import { roundHalfEven, toDecimal } from '../math/round.ts';
import { concentrationLimit, dailyLimit } from '../standards/gb3095.ts';
import { publishedDecimals } from '../standards/hj663.ts';
import { POLLUTANTS } from '../types.ts';
import type { CompositeResult, LimitPhase, Pollutant, Settings } from '../types.ts';

/**
 * S_i: annual class-2 limits for SO2, NO2, PM10, PM2.5; the 24-h limit for CO and the 8-h limit
 * for O3. 'gb3095-2012' → GB 3095-2012 (60, 40, 70, 35, 4, 160: ranking practice, §8 default);
 * 'edition' → the columns of `phase` (unconfirmed whether the ranking rule switches, §4.1).
 */
export function compositeLimits(limits: Settings['compositeLimits'], phase: LimitPhase): Record<Pollutant, number> {
  const ph: LimitPhase = limits === 'gb3095-2012' ? '2012' : phase;
  const out = {} as Record<Pollutant, number>;
  for (const p of POLLUTANTS) {
    out[p] = p === 'CO' || p === 'O3' ? dailyLimit(p, 2, ph) : (concentrationLimit(p, 'annual', 2, ph) as number);
  }
  return out;
}

/**
 * Weights of the single-item indices: 'none' → all 1; 'hj663-2026-unconfirmed' → PM2.5 × 3,
 * NO2 × 2, O3 × 2, others × 1 (claimed for HJ 663-2026 by one unofficial source, standards.md §3.5;
 * NOT confirmed against the standard's text).
 */
export function compositeWeights(weights: Settings['compositeWeights']): Record<Pollutant, number> {
  if (weights === 'none') return { SO2: 1, NO2: 1, PM10: 1, 'PM2.5': 1, CO: 1, O3: 1 };
  return { SO2: 1, NO2: 2, PM10: 1, 'PM2.5': 3, CO: 1, O3: 2 };
}

/** A non-negative decimal with ≤ 1 decimal as tenths (BigInt). */
function tenths(x: number): bigint {
  const d = toDecimal(x);
  const shift = d.exponent + 1;
  if (shift < 0) throw new RangeError(`expected at most one decimal: ${x}`); // unreachable after rounding
  return (d.negative ? -1n : 1n) * BigInt(d.digits) * 10n ** BigInt(shift);
}

/**
 * The composite index of a period (standards.md §4.1, §8 "composite index").
 *
 * - C_i: period means of SO2, NO2, PM10, PM2.5; CO 95th percentile of daily means; O3 90th
 *   percentile of MDA8 — each first rounded half-even as published (integers, CO 1 decimal).
 * - S_i: see `compositeLimits`; weights: see `compositeWeights`.
 * - index = Σ w_i·I_i rounded half-even to 2 decimals (exact rational arithmetic).
 * - subIndices: unweighted I_i = C_i / S_i at full precision (not rounded).
 * - max: the largest unweighted I_i and every pollutant sharing it (compared exactly).
 * - null when any C_i is missing (null, NaN or absent).
 *
 * @see 《城市环境空气质量排名技术规定》(环办监测〔2018〕19号, number unconfirmed); HJ 663
 * @throws {RangeError} for a negative C_i.
 * @example compositeIndex({ 'PM2.5': 21, PM10: 39, SO2: 9, NO2: 15, O3: 192, CO: 0.7 }, …2012 limits)
 *          → index 3.06  (21/35 + 39/70 + 9/60 + 15/40 + 192/160 + 0.7/4 = 3.0571…)
 */
export function compositeIndex(
  c: Partial<Record<Pollutant, number | null>>,
  opts: { limits: Settings['compositeLimits']; weights: Settings['compositeWeights']; phase: LimitPhase },
): CompositeResult | null {
  const S = compositeLimits(opts.limits, opts.phase);
  const W = compositeWeights(opts.weights);
  const inputs = {} as Record<Pollutant, { c: number; s: number }>;
  const subIndices = {} as Record<Pollutant, number>;
  // Exact I_i = num / den with num = C_i in tenths, den = 10·S_i.
  const exact = {} as Record<Pollutant, { num: bigint; den: bigint }>;
  let sumNum = 0n;
  let sumDen = 1n;
  for (const p of POLLUTANTS) {
    const v = c[p];
    if (v === null || v === undefined || Number.isNaN(v)) return null;
    const ci = roundHalfEven(v, publishedDecimals(p));
    if (ci < 0) throw new RangeError(`negative concentration for ${p}: ${v}`);
    const si = S[p];
    inputs[p] = { c: ci, s: si };
    subIndices[p] = ci / si;
    const num = tenths(ci);
    const den = 10n * BigInt(si);
    exact[p] = { num, den };
    sumNum = sumNum * den + BigInt(W[p]) * num * sumDen;
    sumDen *= den;
  }
  // Half-even to 2 decimals of sumNum / sumDen (non-negative).
  const scaled = sumNum * 100n;
  let q = scaled / sumDen;
  const twiceRem = 2n * (scaled % sumDen);
  if (twiceRem > sumDen || (twiceRem === sumDen && q % 2n === 1n)) q += 1n;
  const index = Number(`${q}e-2`);

  let best: Pollutant[] = [];
  for (const p of POLLUTANTS) {
    const first = best[0];
    if (first === undefined) {
      best = [p];
      continue;
    }
    const a = exact[p];
    const b = exact[first];
    const cmp = a.num * b.den - b.num * a.den;
    if (cmp > 0n) best = [p];
    else if (cmp === 0n) best.push(p);
  }
  const maxPollutant = best[0] as Pollutant;
  return {
    index,
    subIndices,
    max: { value: subIndices[maxPollutant], pollutants: best },
    inputs,
    limits: opts.limits,
    weights: opts.weights,
  };
}
