/** Primary pollutants, station heatmap, daily AQI line and coverage. */
import { describe, expect, it } from 'vitest';
import { coverageChart, summariseCoverage } from './coverageChart.ts';
import { dailyAqiLine } from './dailyAqiLine.ts';
import { primaryOrder, primaryPollutantDays } from './primaryPollutantDays.ts';
import { stationMonthHeatmap } from './stationMonthHeatmap.ts';
import { THEMES } from './theme.ts';
import { HOSTILE, makeDay, makeStats } from '../../tests/helpers/chartModel.ts';
import { callTooltip, renderAndSave, svgTexts } from '../../tests/helpers/chartSvg.ts';

describe('primaryPollutantDays', () => {
  // 300 valid days, 100 of them 优 → 200 days with a primary pollutant (ties counted twice).
  const stats = makeStats({
    from: '2021-01-01', to: '2021-12-31', categoryDays: { excellent: 100, good: 150, light: 50 },
    primaryDays: { O3: 90, 'PM2.5': 80, PM10: 40, NO2: 2 },
  });
  const option = primaryPollutantDays({ stats }, THEMES.screen, 'zh');

  it('orders pollutants by primary days (ties in the fixed order)', () => {
    expect(primaryOrder(stats)).toEqual(['O3', 'PM2.5', 'PM10', 'NO2', 'SO2', 'CO']);
  });

  it('labels each bar with days and share of days with AQI > 50 (90 / 200 = 45.0 %)', () => {
    const texts = svgTexts(renderAndSave('primaryPollutantDays-toy', option));
    expect(texts).toContain('90 天 (45.0%)');
    expect(texts).toContain('80 天 (40.0%)');
    expect(texts).toContain('2 天 (1.0%)');
    expect(texts.some((s) => s.includes('并列首要污染物'))).toBe(true);
  });
});

describe('stationMonthHeatmap: stations by name from the station list, code on hover, background stations marked', () => {
  const cells = [
    { station: '1081A', month: 1, mean: 80, validDays: 31 },
    { station: '1083A', month: 1, mean: 52, validDays: 30 },
    { station: 'X9', month: 1, mean: 60, validDays: 29 },
  ];
  const labels = { '1081A': { name: '尖草坪', code: '1081A' }, '1083A': { name: '上兰', code: '1083A', background: true } };
  const option = stationMonthHeatmap({ year: 2021, pollutant: 'PM2.5', cells, phase: '2012', labels }, THEMES.screen, 'zh');
  const axis = (option.yAxis as { data: (string | { value: string })[] }).data;

  it('labels rows by name, the background station (对照点) with ◇, a station without a label by its key', () => {
    expect(axis.map((d) => (typeof d === 'string' ? d : d.value))).toEqual(['尖草坪', '◇ 上兰', 'X9']);
    expect(typeof axis[1]).toBe('object'); // greyed
    // in the footnote, shown also on the page (where charts have no title block)
    expect((option.title as { text: string }[]).at(-1)?.text).toContain('◇ 对照点，不计入城市浓度');
    const untitled = stationMonthHeatmap({ year: 2021, pollutant: 'PM2.5', cells, phase: '2012', labels }, THEMES.screen, 'zh', { title: false });
    expect((untitled.title as { text: string }[]).map((t) => t.text).join(' ')).toContain('◇ 对照点，不计入城市浓度');
  });
  it('names the code in the tooltip, and says a background station is not in the city value', () => {
    const tip = callTooltip(option, { seriesIndex: 0, dataIndex: 1, value: [0, 1, 52] });
    expect(tip).toContain('<b>上兰</b> (1083A)');
    expect(tip).toContain('◇ 对照点，不计入城市浓度');
    const plain = callTooltip(option, { seriesIndex: 0, dataIndex: 2, value: [0, 2, 60] });
    expect(plain).toContain('<b>X9</b> 1月');
    expect(plain).not.toContain('对照点');
  });
});

describe('stationMonthHeatmap', () => {
  const cells = [
    { station: HOSTILE, month: 1, mean: 80.5, validDays: 30 },
    { station: HOSTILE, month: 2, mean: 60, validDays: 27 },
    { station: '{b|坞城}', month: 1, mean: 41.5, validDays: 31 },
    { station: '{b|坞城}', month: 2, mean: null, validDays: 0 },
  ];
  const option = stationMonthHeatmap({ year: 2021, pollutant: 'PM2.5', cells, phase: '2012' }, THEMES.screen, 'en');

  it('escapes a hostile station name in the tooltip', () => {
    const tip = callTooltip(option, { seriesIndex: 0, dataIndex: 0, value: [0, 0, 80.5] });
    expect(tip).toContain('&lt;img');
    expect(tip).not.toContain('<img');
    expect(tip).toContain('<b>80</b>'); // 80.5 → 80, round half to even
  });

  it('neutralises rich-text markup in station axis labels and draws the hostile name as text', () => {
    const svg = renderAndSave('stationMonthHeatmap-hostile', option);
    expect(svg).not.toContain('<img');
    const texts = svgTexts(svg);
    expect(texts).toContain('\uFF5Bb\uFF5C坞城\uFF5D');
    expect(texts).toContain('42'); // 41.5 → 42 (half to even)
  });

  it('leaves months without a mean empty and states the class-2 annual limit (PM2.5: 35)', () => {
    const data = (option.series as { data: { value: number[] }[] }[])[0]?.data ?? [];
    expect(data.map((d) => d.value)).toEqual([[0, 0, 80.5], [1, 0, 60], [0, 1, 41.5]]);
    const sub = (option.title as { subtext: string }[])[0]?.subtext;
    expect(sub).toContain('Class 2 limit 35 (GB 3095-2012)');
  });
});

describe('dailyAqiLine', () => {
  const days = [
    makeDay('2021-01-01', 40), makeDay('2021-01-02', 250, ['PM2.5']), makeDay('2021-01-03', null), makeDay('2021-01-04', 120, ['PM10']),
  ];
  const option = dailyAqiLine({ days }, THEMES.screen, 'zh', { area: '太原' });
  type LineS = { data: ({ value: number; itemStyle: { color: string } } | null)[]; markArea: { data: [{ yAxis: number; itemStyle: { color: string; opacity: number } }, { yAxis: number }][] } };
  const s = (option.series as LineS[])[0];

  it('draws category bands 0–50, 50–100, … up to the axis top (300 for a peak of 250) in the official colours', () => {
    expect(s?.markArea.data.map(([a, b]) => [a.yAxis, b.yAxis, a.itemStyle.color])).toEqual([
      [0, 50, '#00E400'], [50, 100, '#FFFF00'], [100, 150, '#FF7E00'], [150, 200, '#FF0000'], [200, 300, '#99004C'],
    ]);
    expect(s?.markArea.data[0]?.[0].itemStyle.opacity).toBeLessThan(0.5);
    expect((option.yAxis as { max: number }).max).toBe(300);
  });

  it('colours each point by its category and leaves the invalid day as a gap', () => {
    expect(s?.data.map((d) => d?.itemStyle.color ?? null)).toEqual(['#00E400', '#99004C', null, '#FF7E00']);
  });

  it('renders bands, labels and dates (real SVG)', () => {
    const svg = renderAndSave('dailyAqiLine-toy', option);
    expect(svg).toMatch(/fill="#99004C" fill-opacity="0\.\d+"/);
    const texts = svgTexts(svg);
    expect(texts).toContain('重度污染');
    expect(texts).toContain('1月1日');
    expect(texts).toContain('2021年1月1日–2021年1月4日');
  });

  it('tooltip of the AQI 250 day names category and primary pollutant', () => {
    const tip = callTooltip(option, [{ dataIndex: 1 }]);
    expect(tip).toContain('<b>250</b>');
    expect(tip).toContain('重度污染');
    expect(tip).toContain('首要污染物: PM2.5');
  });
});

describe('coverageChart', () => {
  const cell = (station: string, month: number, validDays: number, expectedDays: number) => ({
    station, pollutant: 'SO2' as const, year: 2021, month, expectedHours: expectedDays * 24, validHours: validDays * 24, expectedDays, validDays,
  });
  // January: A 31/31, B 20/31 → 51/62 = 82.26 %, B below 27 days. February: A 25/28, B 28/28 → 53/56 = 94.64 %, none below 25.
  const cells = [cell('A', 1, 31, 31), cell('B', 1, 20, 31), cell('A', 2, 25, 28), cell('B', 2, 28, 28)];

  it('sums valid and expected days over stations and counts stations below the monthly minimum', () => {
    const s = summariseCoverage(cells);
    expect(s.map((x) => [x.month, x.validDays, x.expectedDays, x.stationsBelowMinimum])).toEqual([[1, 51, 62, 1], [2, 53, 56, 0]]);
    expect(s[0]?.percent).toBeCloseTo((51 / 62) * 100, 10);
  });

  it('keeps its legend clear of the cells and inside the chart at 1366 px (and on the projector)', () => {
    // The chart's panel is about 1280 px wide on a 1366 px screen; projector slides are 1920 wide.
    const twelve = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].flatMap((m) => [cell('A', m, 20 + m, 31), cell('B', m, 31, 31)]);
    for (const [theme, width] of [[THEMES.screen, 1280], [THEMES.projector, 1920], [THEMES.print, 1030]] as const) {
      const svg = renderAndSave(`coverageChart-${theme.name}-${width}`, coverageChart({ cells: twelve }, theme, 'en', { title: false }), width, 300);
      const cellTops = [...svg.matchAll(/<path d="M([\d.]+) ([\d.]+)l([\d.]+) 0[^"]*"[^>]*ecmeta_series_index="0"/g)].map((m) => Number(m[2]));
      const cellRight = Math.max(...[...svg.matchAll(/<path d="M([\d.]+) [\d.]+l([\d.]+) 0[^"]*"[^>]*ecmeta_series_index="0"/g)].map((m) => Number(m[1]) + Number(m[2])));
      expect(cellTops.length).toBe(12);
      for (const label of ['<75%', '75–90%', '90–100%', '100%']) {
        const tag = new RegExp(`<text([^>]*)>${label.replace('<', '&lt;')}</text>`).exec(svg);
        expect(tag, label).not.toBeNull();
        const attr = (name: string): number => Number(new RegExp(` ${name}="([\\d.-]+)"`).exec(tag![1]!)?.[1] ?? 0);
        const tr = /translate\(([\d.-]+) ([\d.-]+)\)/.exec(tag![1]!);
        const x = attr('x') + Number(tr?.[1] ?? 0);
        const y = attr('y') + Number(tr?.[2] ?? 0);
        const w = label.length * 0.6 * theme.font.legend; // ≈ 0.6 em per Latin character
        const [left, right] = tag![1]!.includes('text-anchor="end"') ? [x - w, x] : [x, x + w];
        // Text centre line + half the font size stays above the first row of cells …
        expect(y + theme.font.legend / 2, label).toBeLessThan(Math.min(...cellTops));
        // … and the text stays inside the chart.
        expect(left).toBeGreaterThanOrEqual(0);
        expect(right).toBeLessThanOrEqual(width - 4);
        expect(cellRight).toBeLessThanOrEqual(width - 16);
      }
    }
  });

  it('labels cells with the % and flags months below the minimum with "!"', () => {
    const texts = svgTexts(renderAndSave('coverageChart-toy', coverageChart({ cells }, THEMES.screen, 'zh')));
    expect(texts).toContain('82!');
    expect(texts).toContain('95');
    expect(texts).toContain('SO2');
  });
});
