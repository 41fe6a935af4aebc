/** Category days, heavy days and composite by month: values, colours and labels (hand-made stats). */
import { describe, expect, it } from 'vitest';
import { categoryDaysByMonth } from './categoryDaysByMonth.ts';
import { compositeByMonth } from './compositeByMonth.ts';
import { heavyDaysByMonth } from './heavyDaysByMonth.ts';
import { THEMES } from './theme.ts';
import { makeMonths, makeStats } from '../../tests/helpers/chartModel.ts';
import { callTooltip, countOf, renderAndSave, svgTexts } from '../../tests/helpers/chartSvg.ts';

// Official colours typed from standards.md §2.5.
const OFFICIAL = ['#00E400', '#FFFF00', '#FF7E00', '#FF0000', '#99004C', '#7E0023'];

// January: 2 优, 10 良, 8 轻度, 5 中度, 4 重度, 1 严重, 1 invalid (31 days). Other months: 30 良 (+ Feb: 28 良).
const months = makeMonths(2021, (m) => (m === 1
  ? { categoryDays: { excellent: 2, good: 10, light: 8, moderate: 5, heavy: 4, severe: 1 }, invalidDays: 1 }
  : { categoryDays: { good: m === 2 ? 28 : 30 } }));

type Bar = { name: string; stack: string; itemStyle: { color: string }; data: unknown[] };

describe('categoryDaysByMonth', () => {
  const option = categoryDaysByMonth({ year: 2021, months }, THEMES.screen, 'zh');
  const series = option.series as Bar[];

  it('stacks one series per category in the official colours, best at the bottom, invalid days on top', () => {
    expect(series.map((s) => s.itemStyle.color)).toEqual([...OFFICIAL, THEMES.screen.color.invalid]);
    expect(series.map((s) => s.name)).toEqual(['优', '良', '轻度污染', '中度污染', '重度污染', '严重污染', '无有效数据']);
    expect(new Set(series.map((s) => s.stack)).size).toBe(1);
    expect(series.map((s) => s.data[0])).toEqual([2, 10, 8, 5, 4, 1, 1]);
    expect(series[4]?.data[1]).toBeNull(); // no heavy day in February: nothing drawn
  });

  it('sums the year in the subtitle: good 2 + 10 + 28 + 10×30 = 340 of 30 + 28 + 300 = 358 valid', () => {
    // good = 2 + 10 (Jan) + 28 (Feb) + 10 × 30 = 340; valid = 30 (Jan) + 28 + 300 = 358
    const texts = svgTexts(renderAndSave('categoryDaysByMonth-toy', option));
    expect(texts).toContain('优良天数 340 天 / 有效天数 358 天，优良天数比例 95.0%');
    for (let m = 1; m <= 12; m++) expect(texts).toContain(`${m}月`);
  });

  it('draws purple segments for heavy days (real SVG)', () => {
    const svg = renderAndSave('categoryDaysByMonth-toy', option);
    // legend symbol + the January segment
    expect(countOf(svg, 'fill="#99004C"')).toBe(2);
    expect(countOf(svg, 'fill="#7E0023"')).toBe(2);
  });

  it('tooltip lists the month and its good-day ratio 12/30 = 40.0%', () => {
    const tip = callTooltip(option, [{ dataIndex: 0 }]);
    expect(tip).toContain('<b>1月</b>');
    expect(tip).toContain('40.0%');
    expect(tip).toContain('重度污染: 4');
  });

  it('uses English names when lang is en', () => {
    const en = categoryDaysByMonth({ year: 2021, months }, THEMES.screen, 'en');
    expect((en.series as Bar[]).map((s) => s.name)).toEqual(['Excellent', 'Good', 'Lightly polluted', 'Moderately polluted', 'Heavily polluted', 'Severely polluted', 'No valid data']);
  });
});

describe('heavyDaysByMonth', () => {
  const episodes = [
    { start: '2021-01-05', end: '2021-01-08', days: 4, peakAqi: 320, peakDate: '2021-01-06' },
    { start: '2021-01-20', end: '2021-01-20', days: 1, peakAqi: 230, peakDate: '2021-01-20' },
    { start: '2021-02-27', end: '2021-03-02', days: 4, peakAqi: 260, peakDate: '2021-03-01' },
  ];
  const option = heavyDaysByMonth({ year: 2021, months, episodes }, THEMES.screen, 'zh');
  type HeavyBar = Bar & { markArea?: { data: [{ name: string; xAxis: number }, { xAxis: number }][] } };
  const series = option.series as HeavyBar[];

  it('stacks 重度 and 严重 days per month in their official colours', () => {
    expect(series.slice(0, 2).map((s) => s.itemStyle.color)).toEqual(['#99004C', '#7E0023']);
    expect(series[0]?.data[0]).toEqual([1, 4]);
    expect(series[1]?.data[0]).toEqual([1, 1]);
  });

  it('marks episodes as areas over their months, without text; two January episodes share one area', () => {
    const areas = series[0]?.markArea?.data ?? [];
    expect(areas.map(([a, b]) => [a.xAxis, b.xAxis])).toEqual([[0.55, 1.45], [1.55, 3.45]]);
    expect(areas[0]?.[0].name).toBe('1/5–1/8, 1/20');
    expect((series[0]?.markArea as { label?: { show?: boolean } }).label?.show).toBe(false);
  });

  it('writes one compact label per month: the episodes touching it (Jan 2, Feb 1, Mar 1), no stacked dates (real SVG)', () => {
    // January: 1/5–1/8 and 1/20 → 2; 2/27–3/2 touches February and March → 1 each.
    const texts = svgTexts(renderAndSave('heavyDaysByMonth-toy', option));
    expect(texts.filter((x) => /^\d+次$/.test(x))).toEqual(['2次', '1次', '1次']);
    expect(texts.filter((x) => x.includes('2/27–3/2') || x.includes('1/5–1/8'))).toEqual([]);
    expect(texts).toContain('重污染天数（重度及以上）5 天，重污染过程 3 次');
  });

  it('keeps the labels of a busy quarter apart: at most one label per month (UCI 2016 Oct–Dec, 12 episodes)', () => {
    // Oct 4, Nov 4, Dec 4 episodes (as in the UCI Beijing 2016 data shown on the page).
    const busy = ['10-01', '10-08', '10-15', '10-22', '11-03', '11-10', '11-18', '11-25', '12-02', '12-11', '12-17', '12-30']
      .map((d) => ({ start: `2016-${d}`, end: `2016-${d}`, days: 1, peakAqi: 250, peakDate: `2016-${d}` }));
    const ms = makeMonths(2016, (m) => ({ categoryDays: m >= 10 ? { good: 20, heavy: 4 } : { good: 30 } }));
    const opt = heavyDaysByMonth({ year: 2016, months: ms, episodes: busy }, THEMES.screen, 'en');
    const texts = svgTexts(renderAndSave('heavyDaysByMonth-busy', opt, 600, 320));
    expect(texts.filter((x) => /^×\d+$/.test(x))).toEqual(['×4', '×4', '×4']);
    expect(texts.filter((x) => /\d+\/\d+/.test(x))).toEqual([]); // no date ranges written on the chart
    const tip = callTooltip(opt, [{ dataIndex: 10, value: [11, 4] }]);
    for (const d of ['11/3', '11/10', '11/18', '11/25']) expect(tip).toContain(`${d}: 1 days, Peak AQI 250`);
  });

  it('tooltip of February lists the episode running into March', () => {
    const tip = callTooltip(option, [{ dataIndex: 1, value: [2, 0] }]);
    expect(tip).toContain('重污染过程 2/27–3/2: 4 天, 峰值AQI 260 (3/1)');
  });
});

describe('compositeByMonth', () => {
  // The worked July example of standards.md §4.1: 21/35 + 39/70 + 9/60 + 15/40 + 192/160 + 0.7/4 = 3.057 → 3.06
  const july = { 'PM2.5': 21 / 35, PM10: 39 / 70, SO2: 9 / 60, NO2: 15 / 40, O3: 192 / 160, CO: 0.7 / 4 };
  const ms = makeMonths(2021, (m) => ({ categoryDays: { good: 28 }, composite: m <= 7 ? july : null })).slice(0, 7);
  const ytd = makeStats({ from: '2021-01-01', to: '2021-07-31', categoryDays: { good: 200 }, composite: july });
  const option = compositeByMonth({ year: 2021, months: ms, ytd }, THEMES.screen, 'zh');
  type CBar = { name: string; data: { value: number | null }[]; label?: { formatter: (p: { dataIndex: number }) => string } };
  const series = option.series as CBar[];

  it('stacks the six sub-indices in the order SO2, NO2, PM10, PM2.5, CO, O3', () => {
    expect(series.map((s) => s.name)).toEqual(['SO2', 'NO2', 'PM10', 'PM2.5', 'CO', 'O3']);
    expect(series[5]?.data[0]?.value).toBe(1.2);
    expect(series[0]?.data[0]?.value).toBe(0.15);
  });

  it('labels each stack with I_sum to 2 decimals (3.057 → 3.06)', () => {
    expect(series[5]?.label?.formatter({ dataIndex: 7 })).toBe('3.06');
    const texts = svgTexts(renderAndSave('compositeByMonth-toy', option));
    expect(texts.filter((s) => s === '3.06')).toHaveLength(8);
    expect(texts).toContain('1—7月');
    expect(texts).toContain('1—7月综合指数 3.06，最大单项指数 O3 1.20');
  });

  it('names the year-to-date bar Jan–Jul in English', () => {
    const en = compositeByMonth({ year: 2021, months: ms, ytd }, THEMES.screen, 'en');
    const labels = (en.xAxis as { data: (string | { value: string })[] }).data.map((d) => (typeof d === 'string' ? d : d.value));
    expect(labels).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Jan–Jul']);
  });
});
