import { describe, expect, it } from 'vitest';
import { calendarAqi, calendarAqiHeight } from './calendarAqi.ts';
import { THEMES } from './theme.ts';
import { demoYear, HOSTILE, makeDay } from '../../tests/helpers/chartModel.ts';
import { callTooltip, countOf, renderAndSave, svgFills, svgTexts } from '../../tests/helpers/chartSvg.ts';

// Official categories and colours, typed from standards.md §2.5 (HJ 633 Table 2, Appendix A).
const OFFICIAL_PIECES = [
  { lte: 50, color: '#00E400' },
  { gt: 50, lte: 100, color: '#FFFF00' },
  { gt: 100, lte: 150, color: '#FF7E00' },
  { gt: 150, lte: 200, color: '#FF0000' },
  { gt: 200, lte: 300, color: '#99004C' },
  { gt: 300, color: '#7E0023' },
];

// A toy year: 1 Jan AQI 40 (优), 2 Jan AQI 250 (重度, PM2.5 and PM10 tied), 3 Jan invalid; nothing else.
const toy = [makeDay('2021-01-01', 40), makeDay('2021-01-02', 250, ['PM2.5', 'PM10']), makeDay('2021-01-03', null)];

type Piece = { gt?: number; lte?: number; color: string; label: string };
const piecesOf = (o: ReturnType<typeof calendarAqi>): Piece[] =>
  ((o.visualMap as { pieces: Piece[] }[])[0]?.pieces ?? []);

describe('calendarAqi', () => {
  it('colours the days with visualMap pieces equal to the six official categories and bounds', () => {
    const pieces = piecesOf(calendarAqi({ year: 2021, days: toy }, THEMES.screen, 'zh'));
    expect(pieces.map(({ gt, lte, color }) => ({ ...(gt === undefined ? {} : { gt }), ...(lte === undefined ? {} : { lte }), color })))
      .toEqual(OFFICIAL_PIECES);
    expect(pieces.map((p) => p.label)).toEqual(['优 ≤50', '良 51–100', '轻度污染 101–150', '中度污染 151–200', '重度污染 201–300', '严重污染 >300']);
  });

  it('draws AQI 40 in #00E400, AQI 250 in #99004C and the invalid day in grey (real SVG)', () => {
    const svg = renderAndSave('calendarAqi-toy', calendarAqi({ year: 2021, days: toy }, THEMES.screen, 'zh'));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('width="1200"');
    // Each category colour appears once in the legend; a coloured day adds one more cell.
    expect(countOf(svg, 'fill="#00E400"')).toBe(2);
    expect(countOf(svg, 'fill="#99004C"')).toBe(2);
    expect(countOf(svg, 'fill="#FFFF00"')).toBe(1);
    expect(countOf(svg, 'fill="#7E0023"')).toBe(1);
    // The grey of invalid days: one legend symbol + one cell.
    expect(countOf(svg, `fill="${THEMES.screen.color.invalid}"`)).toBe(2);
  });

  it('has Chinese month labels, weekday labels and title in zh', () => {
    const svg = renderAndSave('calendarAqi-zh', calendarAqi({ year: 2021, days: demoYear(2021) }, THEMES.screen, 'zh', { area: '太原' }));
    const texts = svgTexts(svg);
    for (let m = 1; m <= 12; m++) expect(texts).toContain(`${m}月`);
    expect(texts).toContain('一');
    expect(texts).toContain('太原2021年日AQI日历');
    expect(texts).toContain('评价依据: HJ 633-2012 / HJ 663-2013');
    expect(svgFills(svg)).toContain('#7E0023');
  });

  it('has English month labels, category names and title when lang is en', () => {
    const svg = renderAndSave('calendarAqi-en', calendarAqi({ year: 2021, days: demoYear(2021) }, THEMES.projector, 'en', { area: 'Taiyuan' }));
    const texts = svgTexts(svg);
    for (const m of ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']) expect(texts).toContain(m);
    expect(texts).toContain('Taiyuan: Daily AQI calendar 2021');
    expect(texts).toContain('Heavily polluted 201–300');
    expect(texts).toContain('Mon');
    expect(texts.some((s) => /[\u4e00-\u9fff]/.test(s))).toBe(false);
  });

  it('tooltip shows date, AQI, category and tied primary pollutants', () => {
    const option = calendarAqi({ year: 2021, days: toy }, THEMES.screen, 'zh');
    const tip = callTooltip(option, { seriesIndex: 0, dataIndex: 1, value: ['2021-01-02', 250] });
    expect(tip).toContain('2021年1月2日');
    expect(tip).toContain('<b>250</b>');
    expect(tip).toContain('重度污染');
    expect(tip).toContain('PM2.5、PM10');
    const invalid = callTooltip(option, { seriesIndex: 1, dataIndex: 0, value: ['2021-01-03', 0] });
    expect(invalid).toContain('无效天');
  });

  it('tooltip escapes a hostile area name', () => {
    const option = calendarAqi({ year: 2021, days: toy }, THEMES.screen, 'en', { area: HOSTILE });
    const tip = callTooltip(option, { seriesIndex: 0, dataIndex: 0, value: ['2021-01-01', 40] });
    expect(tip).toContain('&lt;img');
    expect(tip).not.toContain('<img');
  });

  it('leaves out the title when titles are off but keeps the standards footnote', () => {
    const svg = renderAndSave('calendarAqi-notitle', calendarAqi({ year: 2021, days: toy }, THEMES.print, 'zh', { title: false }));
    const texts = svgTexts(svg);
    expect(texts.some((s) => s.includes('日AQI日历'))).toBe(false);
    expect(texts).toContain('评价依据: HJ 633-2012 / HJ 663-2013');
  });

  it('names both editions in the footnote for a year across 2026-03-01', () => {
    const days = [makeDay('2026-02-28', 80, ['PM10'], '2012'), makeDay('2026-03-01', 80, ['PM10'], '2026')];
    const option = calendarAqi({ year: 2026, days }, THEMES.screen, 'en');
    const titles = option.title as { text: string }[];
    expect(titles.at(-1)?.text).toBe('Standards: HJ 633-2012 / HJ 663-2013 + HJ 633-2026 / HJ 663-2026');
  });

  it.each(['screen', 'projector', 'print'] as const)('fits the footnote inside calendarAqiHeight on the %s theme', (name) => {
    const theme = THEMES[name];
    for (const title of [true, false]) {
      const h = calendarAqiHeight(theme, { title });
      const svg = renderAndSave(`calendarAqi-fit-${name}-${title}`, calendarAqi({ year: 2021, days: toy }, theme, 'en', { title }), 1000, h);
      const foot = [...svg.matchAll(/<text[^>]*y="([\d.]+)"[^>]*>Standards:/g)].map((m) => Number(m[1]));
      expect(foot).toHaveLength(1);
      // the footnote's baseline-centre plus half a line stays inside the canvas
      expect((foot[0] ?? Infinity) + theme.font.footnote / 2).toBeLessThanOrEqual(h);
    }
    expect(calendarAqiHeight(THEMES.screen, { title: false })).toBeLessThanOrEqual(250);
  });

  it('ignores days of other years', () => {
    const option = calendarAqi({ year: 2021, days: [...toy, makeDay('2022-01-01', 90)] }, THEMES.screen, 'zh');
    const series = option.series as { data: unknown[] }[];
    expect(series[0]?.data).toEqual([['2021-01-01', 40], ['2021-01-02', 250]]);
    expect(series[1]?.data).toEqual([['2021-01-03', 0]]);
  });
});
