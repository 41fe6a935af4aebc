import { describe, expect, it } from 'vitest';
import { roundHalfEven, roundHalfEvenDecimal, toDecimal } from './round.ts';

describe('roundHalfEven (GB/T 8170 四舍六入五成双 on the decimal value)', () => {
  it('rounds a tie to the even integer: 34.5 → 34, 35.5 → 36, 0.5 → 0, 1.5 → 2, 2.5 → 2', () => {
    expect(roundHalfEven(34.5, 0)).toBe(34);
    expect(roundHalfEven(35.5, 0)).toBe(36);
    expect(roundHalfEven(0.5, 0)).toBe(0);
    expect(roundHalfEven(1.5, 0)).toBe(2);
    expect(roundHalfEven(2.5, 0)).toBe(2);
  });

  it('rounds up when anything non-zero follows the 5: 34.51 → 35, 34.5001 → 35', () => {
    expect(roundHalfEven(34.51, 0)).toBe(35);
    expect(roundHalfEven(34.5001, 0)).toBe(35);
  });

  it('rounds below 5 down and above 5 up: 34.49 → 34, 34.6 → 35', () => {
    expect(roundHalfEven(34.49, 0)).toBe(34);
    expect(roundHalfEven(34.6, 0)).toBe(35);
  });

  it('rounds CO to one decimal half-even: 0.25 → 0.2, 0.35 → 0.4, 2.45 → 2.4, 0.05 → 0, 0.15 → 0.2', () => {
    expect(roundHalfEven(0.25, 1)).toBe(0.2);
    expect(roundHalfEven(0.35, 1)).toBe(0.4);
    expect(roundHalfEven(2.45, 1)).toBe(2.4);
    expect(roundHalfEven(0.05, 1)).toBe(0);
    expect(roundHalfEven(0.15, 1)).toBe(0.2);
  });

  it('decides from the decimal, not the binary double: 2.675 → 2.68 and 1.005 → 1.00 at 2 dp', () => {
    // 2.675 is stored as 2.67499999999999982236431605997495353221893310546875: binary rounding gives 2.67.
    // The decimal 2.675 is a tie with odd 7 before it → 2.68.
    expect(roundHalfEven(2.675, 2)).toBe(2.68);
    // 1.005 is stored just below 1.005; the decimal is a tie with even 0 → 1.00.
    expect(roundHalfEven(1.005, 2)).toBe(1);
    // 2.45 is stored as 2.4500000000000001776…: binary says "above the tie" → 2.5; the decimal tie → 2.4.
    expect(roundHalfEven(2.45, 1)).toBe(2.4);
  });

  it('ignores float-arithmetic noise beyond 15 significant digits', () => {
    // 0.15 × 9 = 1.3499999999999999 in doubles; the decimal product is 1.35 → tie, odd 3 → 1.4.
    expect(0.15 * 9).not.toBe(1.35);
    expect(roundHalfEven(0.15 * 9, 1)).toBe(1.4);
    // 0.17 × 5 = 0.8500000000000001 in doubles; decimal 0.85 → tie, even 8 → 0.8.
    expect(0.17 * 5).not.toBe(0.85);
    expect(roundHalfEven(0.17 * 5, 1)).toBe(0.8);
    // 0.1 + 0.2 = 0.30000000000000004 → 0.3 at 1 dp; 4.35 × 100 = 434.99999999999994 → decimal 435 at 0 dp.
    expect(roundHalfEven(0.1 + 0.2, 1)).toBe(0.3);
    expect(roundHalfEven(4.35 * 100, 0)).toBe(435);
  });

  it('a mean that is exactly a tie goes to even: (34 + 35) / 2 = 34.5 → 34; (35 + 36) / 2 = 35.5 → 36', () => {
    expect(roundHalfEven((34 + 35) / 2, 0)).toBe(34);
    expect(roundHalfEven((35 + 36) / 2, 0)).toBe(36);
  });

  it('carries through nines: 9.96 → 10.0, 99.5 → 100, 0.96 → 1.0', () => {
    expect(roundHalfEven(9.96, 1)).toBe(10);
    expect(roundHalfEven(99.5, 0)).toBe(100);
    expect(roundHalfEven(0.96, 1)).toBe(1);
  });

  it('rounds negatives symmetrically and never returns −0', () => {
    expect(roundHalfEven(-2.5, 0)).toBe(-2);
    expect(roundHalfEven(-3.5, 0)).toBe(-4);
    expect(Object.is(roundHalfEven(-0.4, 0), 0)).toBe(true);
  });

  it('supports 2 decimals (composite index) and negative decimals (tens)', () => {
    expect(roundHalfEven(3.0571428571, 2)).toBe(3.06);
    expect(roundHalfEven(3.125, 2)).toBe(3.12);
    expect(roundHalfEven(3.135, 2)).toBe(3.14);
    expect(roundHalfEven(1235, -1)).toBe(1240); // tie, odd 3 → 124 tens
    expect(roundHalfEven(1225, -1)).toBe(1220); // tie, even 2 → 122 tens
  });

  it('leaves values with fewer decimals unchanged, including integers and tiny/huge magnitudes', () => {
    expect(roundHalfEven(42, 0)).toBe(42);
    expect(roundHalfEven(0.7, 1)).toBe(0.7);
    expect(roundHalfEven(1e-7, 1)).toBe(0);
    expect(roundHalfEven(1e20, 0)).toBe(1e20);
  });

  it('throws on NaN, infinity and non-integer decimals', () => {
    expect(() => roundHalfEven(Number.NaN, 0)).toThrow(RangeError);
    expect(() => roundHalfEven(Number.POSITIVE_INFINITY, 0)).toThrow(RangeError);
    expect(() => roundHalfEven(1.5, 0.5)).toThrow(RangeError);
  });
});

describe('roundHalfEven fast path', () => {
  it('gives the decimal-digit result for 200,000 values: random, ties, near-ties, means of integers, CO decimals', () => {
    // A deterministic generator (no Math.random: a failure must be reproducible).
    let seed = 12345;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const values: number[] = [];
    for (let i = 0; i < 40_000; i++) values.push((rand() - 0.3) * 2000);
    for (let i = 0; i < 40_000; i++) { const n = 1 + Math.floor(rand() * 24); let t = 0; for (let k = 0; k < n; k++) t += Math.floor(rand() * 300); values.push(t / n); }
    for (let i = 0; i < 40_000; i++) { const n = 1 + Math.floor(rand() * 24); let t = 0; for (let k = 0; k < n; k++) t += Math.floor(rand() * 3000) / 1000; values.push(t / n); }
    for (let i = 0; i < 40_000; i++) { const k = Math.floor(rand() * 100000); values.push((k + 0.5) / 100, (k + 0.5) / 10, k / 1000 + 0.0005); }
    for (let i = 0; i < 20_000; i++) { const k = Math.floor(rand() * 100000) + 0.5; values.push(k + 1e-7, k - 1e-7, (k + 1e-12) / 10); }
    expect(values.length).toBeGreaterThanOrEqual(200_000);
    let differ = 0;
    for (const v of values) for (const d of [0, 1, 2, 3]) if (!Object.is(roundHalfEven(v, d), roundHalfEvenDecimal(v, d))) differ++;
    expect(differ).toBe(0);
  });
});

describe('toDecimal', () => {
  it('reads the decimal a double stands for, without trailing zeros', () => {
    expect(toDecimal(2.2)).toEqual({ negative: false, digits: '22', exponent: -1 });
    expect(toDecimal(1500)).toEqual({ negative: false, digits: '15', exponent: 2 });
    expect(toDecimal(-0.035)).toEqual({ negative: true, digits: '35', exponent: -3 });
    expect(toDecimal(0)).toEqual({ negative: false, digits: '0', exponent: 0 });
  });
});
