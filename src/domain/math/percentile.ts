/**
 * HJ 663 Appendix A percentile (百分位数) of the valid values of a period.
 *
 * 1. Sort the n valid values ascending: X(1) ≤ … ≤ X(n).
 * 2. k = 1 + (n − 1) · p / 100;  s = ⌊k⌋.
 * 3. m_p = X(s) + (X(s+1) − X(s)) · (k − s)   (X(s+1) taken as X(n) when s = n).
 *
 * This is the "linear" method of numpy / R type 7 / Excel PERCENTILE.INC.
 * NaN and null (missing or invalid values) are ignored: n counts valid values only.
 *
 * @see HJ 663-2013 Appendix A; standards.md §3.2
 * @throws {RangeError} when p is outside 0..100.
 * @example hjPercentile([3, 4, 8, 2, 5, 4], 90) → 6.5   (sorted 2,3,4,4,5,8; k = 5.5; 5 + 3 × 0.5)
 */
export function hjPercentile(values: readonly (number | null)[], p: number): number | null {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile rank must be within 0..100: ${p}`);
  const xs: number[] = [];
  for (const v of values) if (v !== null && !Number.isNaN(v)) xs.push(v);
  const n = xs.length;
  if (n === 0) return null;
  xs.sort((a, b) => a - b);
  // k = 1 + (n − 1)·p/100 split into s = ⌊k⌋ and k − s without float noise for integer p.
  const scaled = (n - 1) * p;
  const whole = Math.floor(scaled / 100);
  const s = 1 + whole;
  const frac = (scaled - whole * 100) / 100;
  const lo = xs[s - 1] as number; // 1 ≤ s ≤ n
  const hi = s < n ? (xs[s] as number) : lo;
  return frac === 0 ? lo : lo + (hi - lo) * frac;
}
