import { describe, expect, it } from 'vitest';
import { annualLimitLines, so2no2Monthly } from './so2no2Monthly.ts';
import { THEMES } from './theme.ts';
import { makeMonths, makeStats } from '../../tests/helpers/chartModel.ts';
import { callTooltip, renderAndSave, svgTexts } from '../../tests/helpers/chartSvg.ts';

const months = makeMonths(2021, (m) => ({ categoryDays: { good: 28 }, means: { SO2: m <= 2 ? 30 : 10, NO2: 35 } }));
// Annual statistics chosen on .5 boundaries: GB/T 8170 round half to even gives 14 → "14", 24.5 → "24", 40.5 → "40".
const annual = makeStats({
  from: '2021-01-01', to: '2021-12-31', categoryDays: { good: 340 },
  means: { SO2: 13.5, NO2: 40.5 }, percentiles: { SO2: 24.5, NO2: 79 },
  met: { SO2: { c1: false, c2: true }, NO2: { c1: false, c2: false } },
});

type LineS = { name: string; data: (number | null)[]; markLine: { data: { yAxis: number; label: { formatter: string } }[] } };

describe('annualLimitLines (GB 3095 Table 1 annual limits)', () => {
  it('2012: SO2 class 1 = 20, class 2 = 60; NO2 40 for both classes, drawn once', () => {
    // Values typed from standards.md §1.1.
    expect(annualLimitLines('2012')).toEqual([
      { pollutant: 'SO2', classes: [1], value: 20 },
      { pollutant: 'SO2', classes: [2], value: 60 },
      { pollutant: 'NO2', classes: [1, 2], value: 40 },
    ]);
  });
  it('2026 final column: SO2 20 and NO2 30 for both classes', () => {
    // standards.md §1.2: final SO2 annual 20/20, NO2 30/30.
    expect(annualLimitLines('2026-final')).toEqual([
      { pollutant: 'SO2', classes: [1, 2], value: 20 },
      { pollutant: 'NO2', classes: [1, 2], value: 30 },
    ]);
  });
});

describe('so2no2Monthly', () => {
  const option = so2no2Monthly({ year: 2021, months, annual, phase: '2012' }, THEMES.screen, 'zh');
  const series = option.series as LineS[];

  it('plots the monthly means of SO2 and NO2', () => {
    expect(series.map((s) => s.name)).toEqual(['SO2', 'NO2']);
    expect(series[0]?.data.slice(0, 3)).toEqual([30, 30, 10]);
  });

  it('puts the limit lines at 20 and 60 (SO2) and 40 (NO2), labelled with the edition', () => {
    expect(series[0]?.markLine.data.map((d) => d.yAxis)).toEqual([20, 60]);
    expect(series[1]?.markLine.data.map((d) => d.yAxis)).toEqual([40]);
    expect(series[0]?.markLine.data[1]?.label.formatter).toBe('SO2 二级 60\nGB 3095-2012');
    expect(series[1]?.markLine.data[0]?.label.formatter).toBe('NO2 一级/二级 40\nGB 3095-2012');
  });

  it('states the annual evaluation in the subtitle, rounded half to even', () => {
    const texts = svgTexts(renderAndSave('so2no2Monthly-toy', option));
    expect(texts.some((s) => s.startsWith('SO2 年均 14、第98百分位数 24 μg/m'))).toBe(true);
    expect(texts.some((s) => s.includes('（达二级）；NO2 年均 40、第98百分位数 79'))).toBe(true);
    expect(texts.some((s) => s.includes('（超二级）'))).toBe(true);
    expect(texts).toContain('SO2 一级 20');
    expect(texts).toContain('GB 3095-2012');
  });

  it('labels the transitional 2026 column', () => {
    const o = so2no2Monthly({ year: 2026, months, annual, phase: '2026-transitional' }, THEMES.screen, 'en');
    const s = o.series as LineS[];
    expect(s[0]?.markLine.data.map((d) => d.yAxis)).toEqual([20, 60]);
    expect(s[0]?.markLine.data[0]?.label.formatter).toBe('SO2 class 1 20\nGB 3095-2026 transitional');
  });

  it('tooltip gives the month mean and valid days', () => {
    const tip = callTooltip(option, [{ dataIndex: 0 }]);
    expect(tip).toContain('SO2 月均浓度: <b>30</b>');
    expect(tip).toContain('有效天数 28');
  });
});
