import { describe, expect, it } from 'vitest';
import {
  dayCountCeilingRule, goodDayRule, goodDaysNeeded, meanCeilingRule, percentileCeilingRule,
  percentileExceedanceAllowance, worstStatus,
} from './rules.ts';

describe('goodDaysNeeded', () => {
  it('strictly above a count ratio: floor(r·N) + 1', () => {
    // 223/366 × 365 = 81395/366 = 222.39… → 222 + 1 = 223
    expect(goodDaysNeeded({ ratio: { num: 223, den: 366 }, strict: true }, 365)).toBe(223);
  });
  it('at least a fraction: ceil(r·N), immune to binary noise', () => {
    // 0.7 × 365 = 255.5 exactly in decimal (a double gives 255.49999999999997) → 256
    expect(goodDaysNeeded({ ratio: { num: 0.7, den: 1 }, strict: false }, 365)).toBe(256);
    // 0.6 × 365 = 219 exactly (a double gives 218.99999999999997): at least → 219, above → 220
    expect(goodDaysNeeded({ ratio: { num: 0.6, den: 1 }, strict: false }, 365)).toBe(219);
    expect(goodDaysNeeded({ ratio: { num: 0.6, den: 1 }, strict: true }, 365)).toBe(220);
  });
  it('a count baseline: one more day when strictly above', () => {
    expect(goodDaysNeeded({ count: 223, strict: true }, 365)).toBe(224);
    expect(goodDaysNeeded({ count: 223, strict: false }, 365)).toBe(223);
  });
});

describe('goodDayRule', () => {
  const above200of365 = { ratio: { num: 200, den: 365 }, strict: true };
  it('on-track when the rest needs no more than last year\'s rate over the same days', () => {
    // total 240 + 120 = 360; 200·360/365 = 197.26 → 198 needed; 198 − 150 = 48; 48/120 = 0.4 ≤ 0.6
    const r = goodDayRule(above200of365, { good: 150, valid: 240, remaining: 120, lastYearRemainderRate: 0.6 });
    expect(r).toMatchObject({ status: 'on-track', need: 48, requiredRate: 0.4, pace: { basis: 'last-year' } });
  });
  it('at-risk when feasible but above last year\'s rate over the same days', () => {
    // same 48 of 120 = 0.4 > 0.35
    expect(goodDayRule(above200of365, { good: 150, valid: 240, remaining: 120, lastYearRemainderRate: 0.35 }).status).toBe('at-risk');
  });
  it('missed when more good days are needed than days remain', () => {
    // total 300: 200·300/365 = 164.38 → 165; 165 − 100 = 65 > 60 remaining
    const r = goodDayRule(above200of365, { good: 100, valid: 240, remaining: 60, lastYearRemainderRate: 1 });
    expect(r).toMatchObject({ status: 'missed', need: 65 });
  });
  it('met (secured) when the good days so far suffice even if no further day is good', () => {
    // total 360 → 198 needed; 230 already
    expect(goodDayRule(above200of365, { good: 230, valid: 300, remaining: 60, lastYearRemainderRate: null })).toMatchObject({ status: 'met', need: -32 });
  });
  it('a finished year: 224 good days beat a baseline of 223 days, 223 do not', () => {
    const base = { count: 223, strict: true };
    expect(goodDayRule(base, { good: 224, valid: 365, remaining: 0, lastYearRemainderRate: null }).status).toBe('met');
    expect(goodDayRule(base, { good: 223, valid: 365, remaining: 0, lastYearRemainderRate: null }).status).toBe('missed');
  });
  it('uses the pace so far when last year is not loaded', () => {
    // at least 0.7 of 300 = 210; 210 − 150 = 60; 60/100 = 0.6 ≤ 150/200 = 0.75
    const r = goodDayRule({ ratio: { num: 0.7, den: 1 }, strict: false }, { good: 150, valid: 200, remaining: 100, lastYearRemainderRate: null });
    expect(r).toMatchObject({ status: 'on-track', need: 60, pace: { value: 0.75, basis: 'so-far' } });
    // 0.8 of 300 = 240; 90 of 100 = 0.9 > 0.75 → at-risk
    expect(goodDayRule({ ratio: { num: 0.8, den: 1 }, strict: false }, { good: 150, valid: 200, remaining: 100, lastYearRemainderRate: null }).status).toBe('at-risk');
  });
});

describe('dayCountCeilingRule (heavy-pollution days, 15 last year → at most 14)', () => {
  it('at-risk when last year\'s same remaining days brought more heavy days than still allowed', () => {
    // 14 − 10 = 4 allowed, last year's rest had 6
    expect(dayCountCeilingRule(14, { count: 10, elapsed: 300, remaining: 65, lastYearRemainder: 6 })).toMatchObject({ status: 'at-risk', need: 4 });
  });
  it('on-track when the allowance covers last year\'s rest', () => {
    expect(dayCountCeilingRule(14, { count: 10, elapsed: 300, remaining: 65, lastYearRemainder: 3 }).status).toBe('on-track');
  });
  it('missed as soon as the count passes the allowance (N = 14 − 15 = −1)', () => {
    expect(dayCountCeilingRule(14, { count: 15, elapsed: 300, remaining: 65, lastYearRemainder: 0 })).toMatchObject({ status: 'missed', need: -1 });
  });
  it('met at the end of the year with exactly the allowance used', () => {
    expect(dayCountCeilingRule(14, { count: 14, elapsed: 365, remaining: 0, lastYearRemainder: null }).status).toBe('met');
  });
  it('met (secured) when more heavy days are allowed than days remain', () => {
    expect(dayCountCeilingRule(14, { count: 2, elapsed: 355, remaining: 10, lastYearRemainder: 9 }).status).toBe('met');
  });
  it('uses the pace so far without last year: 6 in 200 days → 3 expected in 100', () => {
    expect(dayCountCeilingRule(14, { count: 6, elapsed: 200, remaining: 100, lastYearRemainder: null }).status).toBe('on-track');
    // 12 in 200 → 6 expected; only 2 allowed
    expect(dayCountCeilingRule(14, { count: 12, elapsed: 200, remaining: 100, lastYearRemainder: null }).status).toBe('at-risk');
  });
});

describe('meanCeilingRule (Oct–Nov PM2.5 ≤ 59.5 over 61 days)', () => {
  // after October: 30 days averaging 50 → sum 1500; 31 days remain
  // allowed for November: (59.5 × 61 − 1500) / 31 = 2129.5 / 31 = 68.69…
  it('on-track when last November averaged below the allowed mean', () => {
    const r = meanCeilingRule(59.5, { sum: 1500, valid: 30, remaining: 31, lastYearRemainderMean: 60 });
    expect(r.status).toBe('on-track');
    expect(r.need).toBeCloseTo(68.694, 3);
  });
  it('at-risk when last November averaged above it', () => {
    expect(meanCeilingRule(59.5, { sum: 1500, valid: 30, remaining: 31, lastYearRemainderMean: 75 }).status).toBe('at-risk');
  });
  it('missed when even zero concentrations could not bring the mean down: (3629.5 − 3750)/31 < 0', () => {
    expect(meanCeilingRule(59.5, { sum: 3750, valid: 30, remaining: 31, lastYearRemainderMean: 0 }).status).toBe('missed');
  });
  it('met at the end with a mean of 46', () => {
    expect(meanCeilingRule(59.5, { sum: 61 * 46, valid: 61, remaining: 0, lastYearRemainderMean: null }).status).toBe('met');
  });
});

describe('percentile criterion (HJ 663 Appendix A positions)', () => {
  it('allows 7 days above the limit for the 98th percentile of 365 days', () => {
    // k = 1 + 364 × 0.98 = 357.72, s = 357; X(358) must stay ≤ L → at most 365 − 358 = 7 above
    expect(percentileExceedanceAllowance(365, 98)).toBe(7);
    // k = 1 + 365 × 0.95 = 347.75, s = 347 → 366 − 348 = 18
    expect(percentileExceedanceAllowance(366, 95)).toBe(18);
    // k = 1 + 364 × 0.9 = 328.6, s = 328 → 36
    expect(percentileExceedanceAllowance(365, 90)).toBe(36);
  });
  it('missed once 9 of a possible 365 days are above the limit (X(357) > L)', () => {
    expect(percentileCeilingRule(98, { count: 9, valid: 200, elapsed: 200, remaining: 165, lastYearRemainder: 0 }).status).toBe('missed');
  });
  it('at-risk at 8 days above: the result then hangs on the interpolation', () => {
    expect(percentileCeilingRule(98, { count: 8, valid: 200, elapsed: 200, remaining: 165, lastYearRemainder: 0 }).status).toBe('at-risk');
  });
  it('on-track with 3 above and 4 more allowed when last year\'s rest had 2; at-risk if it had 5', () => {
    expect(percentileCeilingRule(98, { count: 3, valid: 200, elapsed: 200, remaining: 165, lastYearRemainder: 2 })).toMatchObject({ status: 'on-track', need: 4 });
    expect(percentileCeilingRule(98, { count: 3, valid: 200, elapsed: 200, remaining: 165, lastYearRemainder: 5 }).status).toBe('at-risk');
  });
});

describe('worstStatus', () => {
  it('all criteria must hold: missed beats at-risk beats no-data beats on-track beats met', () => {
    expect(worstStatus(['met', 'on-track'])).toBe('on-track');
    expect(worstStatus(['met', 'no-data', 'on-track'])).toBe('no-data');
    expect(worstStatus(['at-risk', 'no-data'])).toBe('at-risk');
    expect(worstStatus(['met', 'missed', 'at-risk'])).toBe('missed');
    expect(worstStatus([])).toBe('no-data');
  });
});
