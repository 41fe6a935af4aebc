import { describe, expect, it } from 'vitest';
import { formatTargetValue, shownFigures } from './messages.ts';
import type { TargetEvaluation } from './types.ts';

describe('target values in their unit', () => {
  const zh = 'zh';
  const en = 'en';
  it('writes ranks as 第 N 名 / #N, days as 天 / days, ratios as percentages', () => {
    expect(formatTargetValue(165, 'rank', zh)).toBe('第 165 名');
    expect(formatTargetValue(165, 'rank', en)).toBe('#165');
    expect(formatTargetValue(12, 'days', zh)).toBe('12 天');
    expect(formatTargetValue(12, 'days', en)).toBe('12 days');
    expect(formatTargetValue(0.614, 'ratio', en)).toBe('61.4%');
  });
  it('writes concentrations with at most one decimal and the composite index with two', () => {
    // 59.5 µg/m³ (the Oct–Nov 2021 PM2.5 control figure) stays 59.5; an annual mean of 15 stays 15;
    // CO 1.6 mg/m³; index 5.24
    expect(formatTargetValue(59.5, 'ug/m3', zh)).toBe('59.5 µg/m³');
    expect(formatTargetValue(15, 'ug/m3', zh)).toBe('15 µg/m³');
    expect(formatTargetValue(1.6, 'mg/m3', en)).toBe('1.6 mg/m³');
    expect(formatTargetValue(5.24, 'index', en)).toBe('5.24');
  });
  it('rounds ties half to even (GB/T 8170), not half up', () => {
    // 0.6145 → 61.45 % → 61.4 % (4 is even); 0.6135 → 61.35 % → 61.4 %; 59.45 µg/m³ → 59.4
    expect(formatTargetValue(0.6145, 'ratio', zh)).toBe('61.4%');
    expect(formatTargetValue(0.6135, 'ratio', zh)).toBe('61.4%');
    expect(formatTargetValue(59.45, 'ug/m3', en)).toBe('59.4 µg/m³');
  });
  it('shows a dash when the value is unknown', () => {
    expect(formatTargetValue(null, 'days', zh)).toBe('—');
  });
});

describe('good-day ratio on the cards: the core\'s once-rounded percents, never a re-rounded fraction', () => {
  const zh = 'zh';
  // 134 good of 247 valid = 54.2510…% → the core publishes 54.3 (rounded once). The same fraction
  // pre-rounded to 4 decimals (0.5425, as in the report JSON) would give 54.25 → 54.2 % (half-even): wrong.
  const ev = (over: Partial<TargetEvaluation>): TargetEvaluation => ({
    id: 'good-day-ratio', kind: 'good-day-ratio', label: { zh: '优良天数比例', en: 'Good-day ratio' }, source: '', unit: 'ratio',
    period: { from: '2021-01-01', to: '2021-12-31' }, asOf: '2021-09-04', finished: false, status: 'on-track',
    actual: 0.5425, actualPercent: 54.3, actualSource: 'data', target: 185 / 341,
    baseline: { year: 2020, value: 185 / 341, source: 'data', goodDays: 185, validDays: 341, percent: 54.3 },
    message: { zh: '', en: '' }, details: [], ...over,
  });

  it('shows the actual ratio from the core\'s percent (54.3%), not from the 4-decimal fraction', () => {
    expect(shownFigures(ev({}), zh).actual).toBe('54.3%');
  });

  it('shows last year and the target (last year\'s ratio) from the baseline percent: 54.3%', () => {
    const f = shownFigures(ev({}), zh);
    expect(f.lastYear).toBe('54.3%');
    expect(f.target).toBe('54.3%');
  });

  it('rounds an unrounded fraction once when no percent is given (official figure 0.6135 → 61.4%)', () => {
    expect(shownFigures(ev({ actual: 0.6135, actualPercent: undefined, actualSource: 'official' }), zh).actual).toBe('61.4%');
  });
});
