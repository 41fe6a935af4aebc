/**
 * The ECharts option type every builder returns. Types only: builders never import the echarts
 * runtime. The parts listed here are exactly the ones `echarts.ts` / `ssr.ts` register, so a
 * builder cannot use a chart or component that the runtime does not know.
 */
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type {
  CalendarComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkAreaComponentOption,
  MarkLineComponentOption,
  MarkPointComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import type { TooltipComponentFormatterCallbackParams } from 'echarts';

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | HeatmapSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | CalendarComponentOption
  | GridComponentOption
  | LegendComponentOption
  | MarkAreaComponentOption
  | MarkLineComponentOption
  | MarkPointComponentOption
  | TitleComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

/** What ECharts passes to a tooltip `formatter` function. */
export type TooltipParams = TooltipComponentFormatterCallbackParams;

/** A single data item of `TooltipParams` (trigger 'item' gives one, trigger 'axis' an array). */
export type TooltipItem = Extract<TooltipParams, { dataIndex: number }>;

/** Options shared by every builder. */
export interface CommonChartOptions {
  /** Show the chart's own title and subtitle (default true). The page may have its own headings. */
  title?: boolean;
  /**
   * Which standards the numbers follow, e.g. "HJ 633-2012 / GB 3095-2012". Shown in the footnote
   * of every chart; each builder derives a default from the model's edition.
   */
  editionLabel?: string;
  /** Area (city) name shown in the title; user data, always escaped. */
  area?: string;
}

/**
 * The option with every series drawn in one pass (ECharts `progressive: 0`). With progressive rendering zrender
 * paints a large series in 15 ms slices and finishes in later animation frames; a chart disposed in between (an
 * export image disposed right after `getDataURL`, a chart replaced when the data change) then throws
 * "Cannot read properties of null (reading 'layerStack')" from that frame. Our series are at most a few thousand
 * items, which one pass draws without a long task. Heatmaps are sliced all the same (ECharts marks every heatmap
 * cell incremental whatever `progressive` says): charts are disposed through `disposeChart` (echarts.ts), which
 * ends such a paint first.
 */
export function drawnInOnePass(option: ChartOption): ChartOption {
  const series = option.series;
  if (series === undefined) return option;
  const each = (Array.isArray(series) ? series : [series]).map((s) => ({ ...s, progressive: 0 }));
  return { ...option, series: each } as ChartOption;
}
