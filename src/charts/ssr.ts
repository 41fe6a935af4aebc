/**
 * Server-side rendering of a chart option to an SVG string (Node, tests, SVG export). Registers
 * the same parts as echarts.ts plus the SVG renderer (without it, SSR fails with
 * "Cannot read properties of null (reading 'nodeName')").
 */
import { SVGRenderer } from 'echarts/renderers';
import { CHART_PARTS, echarts } from './echarts.ts';
import type { ChartOption } from './option.ts';

echarts.use([...CHART_PARTS, SVGRenderer]);

/** Renders `option` at width × height px to a standalone SVG document string (no animation). */
export function renderToSvg(option: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
