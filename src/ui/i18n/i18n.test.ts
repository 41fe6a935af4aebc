import { describe, expect, it } from 'vitest';
import { makeI18n } from './i18n.ts';

describe('number formatting by locale (Intl.NumberFormat)', () => {
  it('writes a ratio of 0.614 as 61.4% and 1/3 as 33.3%', () => {
    // 0.614 × 100 = 61.4; 1/3 × 100 = 33.33… → one decimal 33.3
    expect(makeI18n('zh').pct(0.614)).toBe('61.4%');
    expect(makeI18n('en').pct(1 / 3)).toBe('33.3%');
  });

  it('groups thousands and fixes decimals on request', () => {
    expect(makeI18n('en').num(34_427, 0)).toBe('34,427');
    expect(makeI18n('zh').num(5.2, 2)).toBe('5.20');
  });

  it('rounds a tie half to even (GB/T 8170), not half away from zero as Intl would', () => {
    // 6.125 is exact in binary: the kept digit 2 is even → 6.12 (Intl alone writes 6.13);
    // 0.375 → kept digit 7 is odd → 0.38; 2.5 with 0 decimals → 2 (Intl: 3); default (up to 2 decimals) likewise
    const i = makeI18n('en');
    expect(i.num(6.125, 2)).toBe('6.12');
    expect(i.num(0.375, 2)).toBe('0.38');
    expect(i.num(2.5, 0)).toBe('2');
    expect(i.num(6.125)).toBe('6.12');
  });

  it('shows a dash for missing values, never "NaN"', () => {
    const i = makeI18n('zh');
    expect(i.num(null)).toBe('—');
    expect(i.num(Number.NaN)).toBe('—');
    expect(i.pct(undefined)).toBe('—');
  });
});
