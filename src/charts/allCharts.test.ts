/**
 * Properties every chart must have, checked on the real SSR SVG of each builder in both languages:
 * an <svg> document, the standards label in the footnote, titles switchable, user text never
 * becoming markup, and no CJK text left in English charts (except user data).
 */
import { describe, expect, it } from 'vitest';
import { calendarAqi } from './calendarAqi.ts';
import { categoryDaysByMonth } from './categoryDaysByMonth.ts';
import { compositeByMonth } from './compositeByMonth.ts';
import { coverageChart } from './coverageChart.ts';
import { cumulativeGoodRatio } from './cumulativeGoodRatio.ts';
import { dailyAqiLine } from './dailyAqiLine.ts';
import { heavyDaysByMonth } from './heavyDaysByMonth.ts';
import type { ChartOption, CommonChartOptions } from './option.ts';
import type { Lang } from '../domain/text/text.ts';
import { primaryPollutantDays } from './primaryPollutantDays.ts';
import { so2no2Monthly } from './so2no2Monthly.ts';
import { stationMonthHeatmap } from './stationMonthHeatmap.ts';
import { THEMES } from './theme.ts';
import type { ChartTheme } from './theme.ts';
import { demoMonths, demoYear, HOSTILE, makeStats } from '../../tests/helpers/chartModel.ts';
import { renderAndSave, svgTexts } from '../../tests/helpers/chartSvg.ts';
import { POLLUTANTS } from '../domain/types.ts';

const year = demoYear(2021);
const lastYear = demoYear(2020).map((d, i) => (i % 5 === 0 && d.aqi !== null ? { ...d, aqi: d.aqi + 60, category: d.aqi + 60 > 100 ? 'light' as const : d.category } : d));
const months = demoMonths(2021);
const ytd = makeStats({
  from: '2021-01-01', to: '2021-12-31',
  categoryDays: { excellent: 60, good: 187, light: 81, moderate: 26, heavy: 11, severe: 3 }, invalidDays: 3,
  primaryDays: { 'PM2.5': 120, PM10: 48, O3: 128, NO2: 12 },
  means: { SO2: 13.5, NO2: 36.4 }, percentiles: { SO2: 34.5, NO2: 72 },
  composite: { SO2: 13 / 60, NO2: 36 / 40, PM10: 76 / 70, 'PM2.5': 43 / 35, CO: 1.6 / 4, O3: 176 / 160 },
  met: { SO2: { c1: false, c2: true }, NO2: { c1: true, c2: true } },
});
const stations = ['尖草坪', '涧河', '上兰', '南寨', '坞城', '晋源', '小店', '桃园', '金胜'];
const stationCells = stations.flatMap((station, s) =>
  Array.from({ length: 12 }, (_, m) => ({ station, month: m + 1, mean: m === 6 && s === 2 ? null : 30 + 40 * Math.cos((m / 12) * 2 * Math.PI) ** 2 + s * 2.5, validDays: 28 })));
const coverageCells = stations.slice(0, 3).flatMap((station, s) => POLLUTANTS.flatMap((pollutant) =>
  Array.from({ length: 12 }, (_, m) => {
    const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m] ?? 30;
    const valid = pollutant === 'CO' && m === 3 && s === 0 ? 12 : days - ((m + s) % 4);
    return { station, pollutant, year: 2021, month: m + 1, expectedHours: days * 24, validHours: valid * 24 - 3, expectedDays: days, validDays: valid };
  })));

type Build = (theme: ChartTheme, lang: Lang, opts: CommonChartOptions) => ChartOption;

export const CHARTS: [string, Build][] = [
  ['calendarAqi', (th, l, o) => calendarAqi({ year: 2021, days: year }, th, l, o)],
  ['cumulativeGoodRatio', (th, l, o) => cumulativeGoodRatio({ year: 2021, days: year, lastYearDays: lastYear, target: 0.75 }, th, l, o)],
  ['categoryDaysByMonth', (th, l, o) => categoryDaysByMonth({ year: 2021, months }, th, l, o)],
  ['heavyDaysByMonth', (th, l, o) => heavyDaysByMonth({
    year: 2021, months, episodes: [
      { start: '2021-01-12', end: '2021-01-15', days: 4, peakAqi: 332, peakDate: '2021-01-14' },
      { start: '2021-02-27', end: '2021-03-01', days: 3, peakAqi: 236, peakDate: '2021-02-28' },
      { start: '2021-12-20', end: '2021-12-23', days: 4, peakAqi: 318, peakDate: '2021-12-22' },
    ],
  }, th, l, o)],
  ['so2no2Monthly', (th, l, o) => so2no2Monthly({ year: 2021, months, annual: ytd, phase: '2012' }, th, l, o)],
  ['compositeByMonth', (th, l, o) => compositeByMonth({ year: 2021, months, ytd }, th, l, o)],
  ['primaryPollutantDays', (th, l, o) => primaryPollutantDays({ stats: ytd }, th, l, o)],
  ['stationMonthHeatmap', (th, l, o) => stationMonthHeatmap({ year: 2021, pollutant: 'PM2.5', cells: stationCells, phase: '2012' }, th, l, o)],
  ['dailyAqiLine', (th, l, o) => dailyAqiLine({ days: year.slice(0, 90) }, th, l, o)],
  ['coverageChart', (th, l, o) => coverageChart({ cells: coverageCells }, th, l, o)],
];

const CJK = /[\u4e00-\u9fff]/;

describe.each(CHARTS)('%s', (name, build) => {
  it('renders an SVG in zh with the standards label in the footnote', () => {
    const svg = renderAndSave(`${name}-zh`, build(THEMES.screen, 'zh', { area: '太原' }));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('width="1200"');
    const texts = svgTexts(svg);
    expect(texts.some((s) => s.startsWith('评价依据: ') && /(HJ 6[36]3|GB 3095)-20\d\d/.test(s))).toBe(true);
    expect(texts.some((s) => s.includes('太原'))).toBe(true);
  });

  it('renders in English with no Chinese text', () => {
    const svg = renderAndSave(`${name}-en`, build(THEMES.screen, 'en', { area: 'Taiyuan' }));
    const texts = svgTexts(svg);
    expect(texts.some((s) => s.startsWith('Standards: '))).toBe(true);
    const cjk = texts.filter((s) => CJK.test(s) && !stations.some((st) => s.includes(st)));
    expect(cjk).toEqual([]);
  });

  it('renders on the projector and print themes', () => {
    expect(renderAndSave(`${name}-projector`, build(THEMES.projector, 'zh', {})).startsWith('<svg')).toBe(true);
    expect(renderAndSave(`${name}-print`, build(THEMES.print, 'en', {})).startsWith('<svg')).toBe(true);
  });

  it('can switch the title off and still shows the footnote', () => {
    const on = svgTexts(renderAndSave(`${name}-title`, build(THEMES.screen, 'zh', { area: '太原' })));
    const off = svgTexts(renderAndSave(`${name}-notitle`, build(THEMES.screen, 'zh', { area: '太原', title: false })));
    const title = (build(THEMES.screen, 'zh', { area: '太原' }).title as { text: string }[])[0]?.text ?? '';
    expect(on).toContain(title);
    expect(off).not.toContain(title);
    expect(off.some((s) => s.startsWith('评价依据: '))).toBe(true);
  });

  it('takes a custom edition label', () => {
    const texts = svgTexts(renderAndSave(`${name}-edition`, build(THEMES.screen, 'en', { editionLabel: 'HJ 633-2026 / GB 3095-2026' })));
    expect(texts.some((s) => s.startsWith('Standards: HJ 633-2026 / GB 3095-2026'))).toBe(true);
  });

  it('never turns a hostile area name into markup', () => {
    const option = build(THEMES.screen, 'zh', { area: HOSTILE });
    const svg = renderAndSave(`${name}-hostile`, option);
    expect(svg).not.toContain('<img');
    expect(svgTexts(svg).some((s) => s.includes(HOSTILE))).toBe(true); // shown as text, literally
  });
});
