/**
 * The single runtime registration of ECharts for the UI: tree-shaken `echarts/core` with exactly
 * the charts and components the builders use (see option.ts) and the canvas renderer.
 * Import `echarts` from here, never from 'echarts'.
 */
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts';
import {
  CalendarComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

/** Charts and components used by the builders of src/charts (shared with ssr.ts). */
export const CHART_PARTS = [
  BarChart,
  HeatmapChart,
  LineChart,
  PieChart,
  CalendarComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
];

echarts.use([...CHART_PARTS, CanvasRenderer]);

/**
 * Disposes a chart without leaving a paint of it pending. ECharts draws heatmap cells as zrender
 * "incremental" elements even with `progressive: 0` (HeatmapView.render marks every rect
 * incremental), and zrender paints an incremental layer in 15 ms slices, finishing in later
 * animation frames; a chart disposed in between throws "Cannot read properties of null (reading
 * 'layerStack')" from that frame (CanvasPainter.dispose nulls its layers, and the pending frame
 * reads them). Emptying the scene and repainting it at once starts a new paint, which finishes in
 * one pass and supersedes the pending one (zrender drops a frame whose paint id is no longer the
 * latest); then the chart is disposed.
 */
export function disposeChart(chart: echarts.EChartsType): void {
  if (chart.isDisposed()) return;
  const zr = chart.getZr();
  zr.clear();
  zr.refreshImmediately();
  chart.dispose();
}

export { echarts };
