import { describe, expect, it } from 'vitest';
import { hjPercentile } from './percentile.ts';

describe('hjPercentile (HJ 663 Appendix A: k = 1 + (n−1)·p/100, m = X(s) + (X(s+1) − X(s))·(k − s))', () => {
  it('gives 6.5 for {3,4,8,2,5,4} at p = 90 (sorted 2,3,4,4,5,8; k = 5.5; 5 + 3 × 0.5)', () => {
    expect(hjPercentile([3, 4, 8, 2, 5, 4], 90)).toBe(6.5);
  });

  it('returns X(s) exactly when k is an integer: {10,20,30,40,50} p = 75 → k = 4 → 40', () => {
    expect(hjPercentile([50, 10, 40, 20, 30], 75)).toBe(40);
  });

  it('gives the minimum at p = 0 and the maximum at p = 100', () => {
    expect(hjPercentile([7, 3, 9], 0)).toBe(3);
    expect(hjPercentile([7, 3, 9], 100)).toBe(9);
  });

  it('interpolates the p95 of 1..31 (a 31-day month): k = 1 + 30 × 0.95 = 29.5 → 29.5', () => {
    const month = Array.from({ length: 31 }, (_, i) => i + 1);
    expect(hjPercentile(month, 95)).toBe(29.5);
  });

  it('p98 of 1..365: k = 1 + 364 × 0.98 = 357.72 → 357 + 1 × 0.72 = 357.72', () => {
    const year = Array.from({ length: 365 }, (_, i) => i + 1);
    expect(hjPercentile(year, 98)).toBeCloseTo(357.72, 10);
  });

  it('ignores NaN and null: n counts valid values only', () => {
    // valid {3,4,8,2,5,4} as in the standard's example → 6.5
    expect(hjPercentile([3, Number.NaN, 4, null, 8, 2, 5, 4], 90)).toBe(6.5);
  });

  it('returns null when there is no valid value, and the value itself for n = 1', () => {
    expect(hjPercentile([], 90)).toBeNull();
    expect(hjPercentile([Number.NaN, null], 90)).toBeNull();
    expect(hjPercentile([42], 95)).toBe(42);
  });

  it('does not reorder the caller’s array', () => {
    const xs = [3, 1, 2];
    hjPercentile(xs, 50);
    expect(xs).toEqual([3, 1, 2]);
  });

  it('throws for a rank outside 0..100', () => {
    expect(() => hjPercentile([1, 2], 101)).toThrow(RangeError);
    expect(() => hjPercentile([1, 2], -1)).toThrow(RangeError);
  });
});
