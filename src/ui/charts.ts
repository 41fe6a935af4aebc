/**
 * The charts of the page, in display order: which pure builder of src/charts draws each one, with
 * which part of the dashboard model, its heading and its width in the grid. The page only calls
 * the builders; it computes nothing. `build` returns null when the model has nothing to draw.
 */
import { calendarAqi, calendarAqiHeight } from '../charts/calendarAqi.ts';
import { categoryDaysByMonth } from '../charts/categoryDaysByMonth.ts';
import { compositeByMonth } from '../charts/compositeByMonth.ts';
import { coverageChart } from '../charts/coverageChart.ts';
import { cumulativeGoodRatio } from '../charts/cumulativeGoodRatio.ts';
import { dailyAqiLine } from '../charts/dailyAqiLine.ts';
import { heavyDaysByMonth } from '../charts/heavyDaysByMonth.ts';
import type { ChartOption } from '../charts/option.ts';
import { primaryPollutantDays } from '../charts/primaryPollutantDays.ts';
import { so2no2Monthly } from '../charts/so2no2Monthly.ts';
import { stationMonthHeatmap } from '../charts/stationMonthHeatmap.ts';
import type { ChartTheme } from '../charts/theme.ts';
import type { Pollutant } from '../domain/types.ts';
import type { DashboardModel } from '../domain/report/dashboard.ts';
import type { Lang } from '../domain/text/text.ts';
import type { TextKey } from '../domain/text/text.ts';
import { view } from './modelView.ts';

export interface ChartSpec {
  id: string;
  titleKey: TextKey;
  /** Spans the whole row of the grid. */
  wide?: boolean;
  /** Canvas height, px (default from the stylesheet). */
  height?: (model: DashboardModel, theme: ChartTheme) => number;
  build: (model: DashboardModel, theme: ChartTheme, lang: Lang) => ChartOption | null;
}

/** Builders draw no title of their own: the page's heading names the chart. */
const common = (m: DashboardModel) => ({ title: false, area: m.area ?? undefined }) as const;

/** The chart list; `pollutant` is the one shown by the station × month heatmap. */
export function chartSpecs(pollutant: Pollutant): ChartSpec[] {
  return [
    {
      id: 'calendarAqi', titleKey: 'chart_calendarAqi', wide: true,
      height: (_m, th) => calendarAqiHeight(th, { title: false }),
      build: (m, th, l) => (m.days.length ? calendarAqi({ year: m.year, days: m.days }, th, l, common(m)) : null),
    },
    {
      id: 'cumulativeGoodRatio', titleKey: 'chart_cumulativeGoodRatio',
      build: (m, th, l) => (m.days.length
        ? cumulativeGoodRatio({ year: m.year, days: m.days, lastYearDays: m.lastYearDays, target: view(m).goodDayRatioTarget }, th, l, common(m))
        : null),
    },
    {
      id: 'categoryDaysByMonth', titleKey: 'chart_categoryDaysByMonth',
      build: (m, th, l) => (m.months.length ? categoryDaysByMonth({ year: m.year, months: m.months }, th, l, common(m)) : null),
    },
    {
      id: 'heavyDaysByMonth', titleKey: 'chart_heavyDaysByMonth',
      build: (m, th, l) => (m.months.length ? heavyDaysByMonth({ year: m.year, months: m.months, episodes: m.episodes }, th, l, common(m)) : null),
    },
    {
      id: 'so2no2Monthly', titleKey: 'chart_so2no2Monthly',
      build: (m, th, l) => (m.months.length && m.ytd
        ? so2no2Monthly({ year: m.year, months: m.months, annual: m.ytd, phase: m.phase }, th, l, common(m))
        : null),
    },
    {
      id: 'compositeByMonth', titleKey: 'chart_compositeByMonth',
      build: (m, th, l) => (m.months.length && m.ytd ? compositeByMonth({ year: m.year, months: m.months, ytd: m.ytd }, th, l, common(m)) : null),
    },
    {
      id: 'primaryPollutantDays', titleKey: 'chart_primaryPollutantDays',
      build: (m, th, l) => (m.ytd ? primaryPollutantDays({ stats: m.ytd }, th, l, common(m)) : null),
    },
    {
      id: 'dailyAqiLine', titleKey: 'chart_dailyAqiLine', wide: true, height: () => 300,
      build: (m, th, l) => (m.days.length ? dailyAqiLine({ days: m.days }, th, l, common(m)) : null),
    },
    {
      id: 'stationMonthHeatmap', titleKey: 'chart_stationMonthHeatmap', wide: true,
      // One row per station (about 24 px each) plus axes and legend.
      height: (m) => Math.max(260, 110 + 24 * new Set(m.stationMeans[pollutant].map((c) => c.station)).size),
      build: (m, th, l) => {
        const cells = m.stationMeans[pollutant];
        return cells.length ? stationMonthHeatmap({ year: m.year, pollutant, cells, phase: m.phase, labels: m.stationLabels }, th, l, common(m)) : null;
      },
    },
  ];
}

/** The coverage chart, shown in the data panel. */
export const COVERAGE_CHART: ChartSpec = {
  id: 'coverageChart', titleKey: 'chart_coverageChart', wide: true,
  build: (m, th, l) => (m.coverage.length ? coverageChart({ cells: m.coverage, edition: m.editions[0] }, th, l, common(m)) : null),
};
