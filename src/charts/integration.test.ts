/**
 * The builders on the core's own output: the demo dataset (synthetic Taiyuan-like 2020–2021)
 * through buildDashboardModel, then every chart rendered. Cross-checks the chart colours, which
 * come from the visualMap pieces, against the categories the core assigned with its own code.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoDataset } from '../domain/demo/generate.ts';
import { buildDashboardModel } from '../domain/report/dashboard.ts';
import type { DashboardModel } from '../domain/report/dashboard.ts';
import { CATEGORIES, DEFAULT_SETTINGS } from '../domain/types.ts';
import { calendarAqi } from './calendarAqi.ts';
import { categoryDaysByMonth } from './categoryDaysByMonth.ts';
import { cumulativeGoodRatio } from './cumulativeGoodRatio.ts';
import { THEMES } from './theme.ts';
import { countOf, renderAndSave } from '../../tests/helpers/chartSvg.ts';

// Official colours typed from standards.md §2.5.
const COLOUR = { excellent: '#00E400', good: '#FFFF00', light: '#FF7E00', moderate: '#FF0000', heavy: '#99004C', severe: '#7E0023' } as const;

let model: DashboardModel;
beforeAll(() => {
  model = buildDashboardModel(generateDemoDataset({ years: [2020, 2021] }), DEFAULT_SETTINGS, { year: 2021 });
}, 120_000);

describe('charts on the demo dashboard model', () => {
  it('calendar: each category colour fills exactly as many cells as the core counted days (+1 legend symbol)', () => {
    const annual = model.annual;
    expect(annual).not.toBeNull();
    const svg = renderAndSave('integration-calendar', calendarAqi({ year: model.year, days: model.days }, THEMES.screen, 'zh', { area: model.area ?? '' }));
    for (const c of CATEGORIES) {
      expect(countOf(svg, `fill="${COLOUR[c]}"`), c).toBe((annual?.categoryDays[c] ?? 0) + 1);
    }
  });

  it('category bars: the stacks of each month add up to its calendar days', () => {
    const option = categoryDaysByMonth({ year: model.year, months: model.months }, THEMES.screen, 'zh');
    const series = option.series as { data: (number | null)[] }[];
    model.months.forEach((m, i) => {
      const total = series.reduce((s, x) => s + (x.data[i] ?? 0), 0);
      expect(total).toBe(m.calendarDays);
    });
    renderAndSave('integration-categoryDays', option);
  });

  it('cumulative ratio: the last point equals the annual good-day ratio of the core', () => {
    const option = cumulativeGoodRatio({ year: model.year, days: model.days, lastYearDays: model.lastYearDays }, THEMES.screen, 'zh');
    const last = (option.series as { data: [number, number][] }[])[0]?.data.at(-1);
    expect(last?.[1]).toBeCloseTo((model.annual?.goodDayRatio ?? NaN) * 100, 10);
  });
});
