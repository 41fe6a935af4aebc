/**
 * The charts of the page, in display order: which pure builder of src/charts draws each one, its
 * heading and its width in the grid. The page only calls the builders; it computes nothing.
 */
import { calendarAqi } from '../charts/calendarAqi.ts';
import type { ChartOption } from '../charts/option.ts';
import type { ChartTheme } from '../charts/theme.ts';
import type { DashboardModel } from '../worker/core.ts';
import type { Lang } from './i18n/i18n.ts';
import type { MessageKey } from './i18n/zh.ts';

export interface ChartSpec {
  id: string;
  titleKey: MessageKey;
  /** Spans the whole row of the grid. */
  wide?: boolean;
  /** Canvas height, px. */
  height?: number;
  build: (model: DashboardModel, theme: ChartTheme, lang: Lang) => ChartOption;
}

/** Builders draw no title of their own: the page's heading names the chart. */
const NO_TITLE = { title: false } as const;

export const CHARTS: readonly ChartSpec[] = [
  {
    id: 'calendarAqi', titleKey: 'chart_calendarAqi', wide: true, height: 260,
    build: (m, th, l) => calendarAqi({ year: m.year, days: m.days }, th, l, { ...NO_TITLE, area: m.area }),
  },
];

/** The coverage chart, shown in the data panel (null until its builder is available). */
export const COVERAGE_CHART: ChartSpec | null = null;
