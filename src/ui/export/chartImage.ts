/**
 * Chart images at a fixed size, never the on-screen size: PNG from an off-screen canvas instance
 * (a detached div, devicePixelRatio 2, opaque white background) and SVG from the SSR renderer
 * (tech-notes.md, "PNG at a fixed size"). The option comes from the pure builders of src/charts.
 */
import { disposeChart, echarts } from '../../charts/echarts.ts';
import { drawnInOnePass } from '../../charts/option.ts';
import type { ChartOption } from '../../charts/option.ts';

/** Logical size of exported charts (16:9, the slide shape); PNGs have twice the pixels. */
export const EXPORT_WIDTH = 1600;
export const EXPORT_HEIGHT = 900;
export const EXPORT_PIXEL_RATIO = 2;
export const EXPORT_BACKGROUND = '#ffffff';

/** Renders `option` off-screen at width × height and returns a PNG `data:` URL (pixelRatio 2, white). */
export function renderChartPng(option: ChartOption, width = EXPORT_WIDTH, height = EXPORT_HEIGHT): string {
  const el = document.createElement('div'); // never attached to the page
  const chart = echarts.init(el, null, { renderer: 'canvas', width, height, devicePixelRatio: EXPORT_PIXEL_RATIO });
  try {
    chart.setOption({ ...drawnInOnePass(option), animation: false });
    return chart.getDataURL({ type: 'png', pixelRatio: EXPORT_PIXEL_RATIO, backgroundColor: EXPORT_BACKGROUND });
  } finally {
    disposeChart(chart); // a heatmap's sliced paint may still be pending after getDataURL
  }
}

type SsrModule = typeof import('../../charts/ssr.ts');
let ssr: Promise<SsrModule> | null = null;

/** Loads the SVG renderer (kept out of the initial JS of the served build). */
export function loadSvgRenderer(): Promise<SsrModule> {
  ssr ??= import('../../charts/ssr.ts');
  return ssr;
}

/** Renders `option` to a standalone SVG document with a white background. */
export async function renderChartSvg(option: ChartOption, width = EXPORT_WIDTH, height = EXPORT_HEIGHT): Promise<string> {
  const { renderToSvg } = await loadSvgRenderer();
  return renderToSvg({ ...option, backgroundColor: EXPORT_BACKGROUND }, width, height);
}
