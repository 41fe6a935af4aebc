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
  it('keeps one decimal for µg/m³ and two for mg/m³ and the composite index', () => {
    // 59.5 µg/m³ (the Oct–Nov 2021 PM2.5 control figure) stays 59.5; CO 1.6 mg/m³ → 1.60; index 5.24
    expect(formatValue(59.5, 'ug/m3', zh)).toBe('59.5 µg/m³');
    expect(formatValue(1.6, 'mg/m3', en)).toBe('1.60 mg/m³');
    expect(formatValue(5.24, 'index', en)).toBe('5.24');
  });
  it('shows a dash when the value is unknown', () => {
    expect(formatValue(null, 'days', zh)).toBe('—');
  });
});
