import { describe, expect, it } from 'vitest';
import { makeI18n } from '../i18n/i18n.ts';
import { formatValue } from './TargetCards.tsx';

describe('target values in their unit', () => {
  const zh = makeI18n('zh');
  const en = makeI18n('en');
  it('writes ranks as 第 N 名 / #N, days as 天 / days, ratios as percentages', () => {
    expect(formatValue(165, 'rank', zh)).toBe('第 165 名');
    expect(formatValue(165, 'rank', en)).toBe('#165');
    expect(formatValue(12, 'days', zh)).toBe('12 天');
    expect(formatValue(12, 'days', en)).toBe('12 days');
    expect(formatValue(0.614, 'ratio', en)).toBe('61.4%');
  });
  it('writes concentrations with at most one decimal and the composite index with two', () => {
    // 59.5 µg/m³ (the Oct–Nov 2021 PM2.5 control figure) stays 59.5; an annual mean of 15 stays 15;
    // CO 1.6 mg/m³; index 5.24
    expect(formatValue(59.5, 'ug/m3', zh)).toBe('59.5 µg/m³');
    expect(formatValue(15, 'ug/m3', zh)).toBe('15 µg/m³');
    expect(formatValue(1.6, 'mg/m3', en)).toBe('1.6 mg/m³');
    expect(formatValue(5.24, 'index', en)).toBe('5.24');
  });
  it('rounds ties half to even (GB/T 8170), not half up', () => {
    // 0.6145 → 61.45 % → 61.4 % (4 is even); 0.6135 → 61.35 % → 61.4 %; 59.45 µg/m³ → 59.4
    expect(formatValue(0.6145, 'ratio', zh)).toBe('61.4%');
    expect(formatValue(0.6135, 'ratio', zh)).toBe('61.4%');
    expect(formatValue(59.45, 'ug/m3', en)).toBe('59.4 µg/m³');
  });
  it('shows a dash when the value is unknown', () => {
    expect(formatValue(null, 'days', zh)).toBe('—');
  });
});
