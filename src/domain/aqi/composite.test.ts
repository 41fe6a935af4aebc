import { describe, expect, it } from 'vitest';
import { compositeIndex, compositeLimits, compositeWeights } from './composite.ts';

const JULY = { 'PM2.5': 21, PM10: 39, SO2: 9, NO2: 15, O3: 192, CO: 0.7 };
const DEFAULTS = { limits: 'gb3095-2012', weights: 'none', phase: '2012' } as const;

describe('compositeIndex (综合指数, standards.md §4.1)', () => {
  it('monthly example: 21/35 + 39/70 + 9/60 + 15/40 + 192/160 + 0.7/4 = 3.0571 → 3.06', () => {
    // 0.6 + 0.557142… + 0.15 + 0.375 + 1.2 + 0.175 = 3.057142…
    const r = compositeIndex(JULY, DEFAULTS);
    expect(r).not.toBeNull();
    expect(r?.index).toBe(3.06);
    expect(r?.subIndices['PM2.5']).toBeCloseTo(0.6, 12);
    expect(r?.subIndices.PM10).toBeCloseTo(39 / 70, 12);
    expect(r?.subIndices.CO).toBeCloseTo(0.175, 12);
    expect(r?.max).toEqual({ value: 1.2, pollutants: ['O3'] });
    expect(r?.inputs.O3).toEqual({ c: 192, s: 160 });
    expect(r?.limits).toBe('gb3095-2012');
    expect(r?.weights).toBe('none');
  });

  it('S_i default = GB 3095-2012 class 2: SO2 60, NO2 40, PM10 70, PM2.5 35, CO 4, O3 160 (even in 2026 phases)', () => {
    const expected = { SO2: 60, NO2: 40, PM10: 70, 'PM2.5': 35, CO: 4, O3: 160 };
    expect(compositeLimits('gb3095-2012', '2012')).toEqual(expected);
    expect(compositeLimits('gb3095-2012', '2026-final')).toEqual(expected);
  });

  it("'edition' limits follow the phase: transitional PM10 60 / PM2.5 30; final SO2 20, NO2 30, PM10 50, PM2.5 25", () => {
    expect(compositeLimits('edition', '2026-transitional')).toEqual({ SO2: 60, NO2: 40, PM10: 60, 'PM2.5': 30, CO: 4, O3: 160 });
    expect(compositeLimits('edition', '2026-final')).toEqual({ SO2: 20, NO2: 30, PM10: 50, 'PM2.5': 25, CO: 4, O3: 160 });
  });

  it("final-phase limits on the July example: 21/25 + 39/50 + 9/20 + 15/30 + 192/160 + 0.7/4 = 3.945 → 3.94 (half-even)", () => {
    // 0.84 + 0.78 + 0.45 + 0.5 + 1.2 + 0.175 = 3.945 exactly: a tie at 2 decimals, even 4 kept → 3.94.
    const r = compositeIndex(JULY, { limits: 'edition', weights: 'none', phase: '2026-final' });
    expect(r?.index).toBe(3.94);
  });

  it('unconfirmed weights: PM2.5×3, NO2×2, O3×2 → 3×0.6 + 0.557… + 0.15 + 2×0.375 + 2×1.2 + 0.175 = 5.832… → 5.83', () => {
    expect(compositeWeights('hj663-2026-unconfirmed')).toEqual({ SO2: 1, NO2: 2, PM10: 1, 'PM2.5': 3, CO: 1, O3: 2 });
    // 1.8 + 0.5571428 + 0.15 + 0.75 + 2.4 + 0.175 = 5.8321428
    const r = compositeIndex(JULY, { limits: 'gb3095-2012', weights: 'hj663-2026-unconfirmed', phase: '2012' });
    expect(r?.index).toBe(5.83);
    // Sub-indices stay unweighted.
    expect(r?.subIndices['PM2.5']).toBeCloseTo(0.6, 12);
  });

  it('rounds C_i as published first: PM2.5 20.5 → 20, CO 0.75 → 0.8 (half-even)', () => {
    const r = compositeIndex({ ...JULY, 'PM2.5': 20.5, CO: 0.75 }, DEFAULTS);
    expect(r?.inputs['PM2.5'].c).toBe(20);
    expect(r?.inputs.CO.c).toBe(0.8);
    // 20/35 + 39/70 + 0.15 + 0.375 + 1.2 + 0.8/4 = 0.571428 + 0.557142 + 0.15 + 0.375 + 1.2 + 0.2 = 3.053571 → 3.05
    expect(r?.index).toBe(3.05);
  });

  it('a sum that is exactly x.xx5 is rounded half-even, not by float luck: 3.125 → 3.12, 3.135 → 3.14', () => {
    // SO2 0, NO2 0, PM10 0, PM2.5 0, CO 0.5/4 = 0.125, O3 480/160 = 3 → 3.125 → 3.12
    const zero = { SO2: 0, NO2: 0, PM10: 0, 'PM2.5': 0 };
    expect(compositeIndex({ ...zero, CO: 0.5, O3: 480 }, DEFAULTS)?.index).toBe(3.12);
    // CO 0.9/4 = 0.225 → 3.225: tie, even 2 kept → 3.22
    expect(compositeIndex({ ...zero, CO: 0.9, O3: 480 }, DEFAULTS)?.index).toBe(3.22);
    // SO2 21/60 = 0.35, O3 480/160 = 3, CO 0.1/4 = 0.025 → 3.375: tie, odd 7 → 3.38
    expect(compositeIndex({ ...zero, SO2: 21, CO: 0.1, O3: 480 }, DEFAULTS)?.index).toBe(3.38);
  });

  it('max keeps ties: PM2.5 35/35 = 1 and PM10 70/70 = 1 and O3 160/160 = 1', () => {
    const r = compositeIndex({ SO2: 6, NO2: 4, PM10: 70, 'PM2.5': 35, CO: 0.4, O3: 160 }, DEFAULTS);
    expect(r?.max.value).toBe(1);
    expect(r?.max.pollutants).toEqual(['PM10', 'PM2.5', 'O3']);
  });

  it('max ties are compared exactly: SO2 21/60 and CO 1.4/4 both equal 0.35', () => {
    const r = compositeIndex({ SO2: 21, NO2: 0, PM10: 0, 'PM2.5': 0, CO: 1.4, O3: 0 }, DEFAULTS);
    expect(r?.max.pollutants).toEqual(['SO2', 'CO']);
  });

  it('null when any C_i is missing (null, NaN or absent)', () => {
    expect(compositeIndex({ ...JULY, O3: null }, DEFAULTS)).toBeNull();
    expect(compositeIndex({ ...JULY, CO: Number.NaN }, DEFAULTS)).toBeNull();
    const { SO2: _drop, ...five } = JULY;
    expect(compositeIndex(five, DEFAULTS)).toBeNull();
  });
});
