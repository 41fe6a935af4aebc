import { describe, expect, it } from 'vitest';
import { mixSeed, mulberry32, normalSource } from './prng.ts';

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    const a = mulberry32(42), b = mulberry32(42), c = mulberry32(43);
    const xa = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xa);
    expect(Array.from({ length: 5 }, c)).not.toEqual(xa);
  });

  it('returns numbers in [0, 1) whose mean and spread are those of a uniform law', () => {
    const u = mulberry32(7);
    const n = 100_000;
    let sum = 0, sumSq = 0, min = 1, max = 0;
    for (let i = 0; i < n; i++) {
      const x = u();
      sum += x; sumSq += x * x;
      min = Math.min(min, x); max = Math.max(max, x);
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    // Uniform(0,1): mean 1/2, variance 1/12 = 0.0833; standard error of the mean 0.29/√n ≈ 0.0009.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(sumSq / n - (sum / n) ** 2 - 1 / 12)).toBeLessThan(0.002);
  });
});

describe('normalSource', () => {
  it('draws standard normal numbers (mean 0, variance 1, about 95 % within ±1.96)', () => {
    const z = normalSource(mulberry32(11));
    const n = 100_000;
    let sum = 0, sumSq = 0, inside = 0;
    for (let i = 0; i < n; i++) {
      const x = z();
      sum += x; sumSq += x * x;
      if (Math.abs(x) <= 1.96) inside++;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.02);
    expect(Math.abs(sumSq / n - 1)).toBeLessThan(0.03);
    expect(Math.abs(inside / n - 0.95)).toBeLessThan(0.005);
  });
});

describe('mixSeed', () => {
  it('gives distinct 32-bit seeds for distinct part lists, and is order-sensitive', () => {
    const seeds = new Set<number>();
    for (let a = 0; a < 20; a++) for (let b = 0; b < 20; b++) seeds.add(mixSeed(1, a, b));
    expect(seeds.size).toBe(400);
    expect(mixSeed(1, 2)).not.toBe(mixSeed(2, 1));
    for (const s of seeds) expect(Number.isInteger(s) && s >= 0 && s < 2 ** 32).toBe(true);
  });
});
