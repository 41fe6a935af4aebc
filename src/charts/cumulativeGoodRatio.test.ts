import { describe, expect, it } from 'vitest';
import { cumulativeGoodRatio, cumulativeGoodRatioSeries } from './cumulativeGoodRatio.ts';
import { THEMES } from './theme.ts';
import { makeDay } from '../../tests/helpers/chartModel.ts';
import { callTooltip, renderAndSave, svgTexts } from '../../tests/helpers/chartSvg.ts';

// A 5-day toy year: 优 (40), 轻度 (120), invalid, 良 (80), 中度 (160).
const toy = [
  makeDay('2021-01-01', 40),
  makeDay('2021-01-02', 120, ['PM2.5']),
  makeDay('2021-01-03', null),
  makeDay('2021-01-04', 80, ['PM10']),
  makeDay('2021-01-05', 160, ['PM2.5']),
];
// Same days last year: 良, 良, 轻度, 轻度, 优.
const toyLast = [
  makeDay('2020-01-01', 60, ['PM10']), makeDay('2020-01-02', 90, ['PM10']), makeDay('2020-01-03', 110, ['PM2.5']),
  makeDay('2020-01-04', 130, ['PM2.5']), makeDay('2020-01-05', 30),
];

type Series = { name: string; data: [number, number | null][]; markLine?: { data: { yAxis: number }[]; label: { formatter: string } } };

describe('cumulativeGoodRatioSeries', () => {
  it('divides good days so far by valid days so far; an invalid day changes neither', () => {
    // day 1: 1/1; day 2: 1/2; day 3 invalid: 1/2; day 4: 2/3; day 5: 2/4
    expect(cumulativeGoodRatioSeries(toy, 2021).map((p) => [p.dayOfYear, p.good, p.valid, p.ratio])).toEqual([
      [1, 1, 1, 1], [2, 1, 2, 0.5], [3, 1, 2, 0.5], [4, 2, 3, 2 / 3], [5, 2, 4, 0.5],
    ]);
  });
  it('is null until the first valid day, and sorts days by date', () => {
    const days = [makeDay('2021-01-02', 90, ['PM10']), makeDay('2021-01-01', null)];
    expect(cumulativeGoodRatioSeries(days, 2021).map((p) => p.ratio)).toEqual([null, 1]);
  });
});

describe('cumulativeGoodRatio', () => {
  const option = cumulativeGoodRatio({ year: 2021, days: toy, lastYearDays: toyLast, target: 0.8 }, THEMES.screen, 'zh');
  const series = option.series as Series[];

  it('plots the ratio in % by day of year, this year and last year', () => {
    expect(series[0]?.data).toEqual([[1, 100], [2, 50], [3, 50], [4, (2 / 3) * 100], [5, 50]]);
    // last year: 1/1, 2/2, 2/3, 2/4, 3/5
    expect(series[1]?.data).toEqual([[1, 100], [2, 100], [3, (2 / 3) * 100], [4, 50], [5, 60]]);
    expect(series.map((s) => s.name)).toEqual(['2021年', '2020年']);
  });

  it('draws the target as a markLine at 80 % labelled 目标 80.0%', () => {
    expect(series[0]?.markLine?.data).toEqual([{ yAxis: 80 }]);
    expect(series[0]?.markLine?.label.formatter).toBe('目标 80.0%');
  });

  it('puts month ticks on the first day of each month (day 61 = 1 March in a leap year)', () => {
    const ticks = (y: number) => (cumulativeGoodRatio({ year: y, days: [] }, THEMES.screen, 'zh').xAxis as { axisLabel: { customValues: number[] } }).axisLabel.customValues;
    expect(ticks(2021).slice(0, 4)).toEqual([1, 32, 60, 91]);
    expect(ticks(2020).slice(0, 4)).toEqual([1, 32, 61, 92]);
  });

  it('renders the summary, the target label and the final ratio (real SVG)', () => {
    const texts = svgTexts(renderAndSave('cumulativeGoodRatio-toy', option));
    expect(texts).toContain('截至2021年1月5日：优良天数 2 天 / 有效天数 4 天 = 50.0%');
    expect(texts).toContain('目标 80.0%');
    expect(texts).toContain('50.0%');
    expect(texts).toContain('1月');
  });

  it('speaks English when lang is en', () => {
    const en = cumulativeGoodRatio({ year: 2021, days: toy, target: 0.8 }, THEMES.screen, 'en');
    const texts = svgTexts(renderAndSave('cumulativeGoodRatio-toy-en', en));
    expect(texts).toContain('To 5 Jan 2021: 2 good of 4 valid days = 50.0%');
    expect(texts).toContain('Target 80.0%');
    expect(texts).toContain('Jan');
  });

  it('tooltip gives both years with counts', () => {
    const tip = callTooltip(option, [{ seriesIndex: 0, dataIndex: 3, value: [4, 66.7] }]);
    expect(tip).toContain('2021年1月4日');
    expect(tip).toContain('66.7%');
    expect(tip).toContain('(2/3)');
    expect(tip).toContain('50.0% (2/4)');
  });
});
