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

export { echarts };
