/**
 * One ECharts canvas. Takes a ready option (built by a pure builder in src/charts) and draws it;
 * resizes with its box; reports its first drawn frame after each new option through `onDrawn`.
 */
import { useEffect, useRef } from 'react';
import type { EChartsType } from 'echarts/core';
import { disposeChart, echarts } from '../../charts/echarts.ts'; // the one registration of chart types and components
import { drawnInOnePass } from '../../charts/option.ts';
import type { ChartOption } from '../../charts/option.ts';
import { queueDraw } from '../hooks/drawQueue.ts';
import { noteDraw } from '../perf.ts';

export interface EChartProps {
  option: ChartOption;
  /** Accessible name of the chart (the heading text). */
  label: string;
  onDrawn?: () => void;
  /** Canvas height in px (default from the stylesheet). */
  height?: number;
}

export function EChart({ option, label, onDrawn, height }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const drawn = useRef(onDrawn);
  drawn.current = onDrawn;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const c = echarts.init(el, null, { renderer: 'canvas' });
    chart.current = c;
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el);
    return () => {
      ro.disconnect();
      disposeChart(c); // never with a paint of it still pending (a heatmap's sliced paint)
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    let reported = false;
    const onRendered = (): void => {
      if (reported) return;
      reported = true;
      c.off('rendered', onRendered);
      drawn.current?.();
    };
    // Drawn in its own task (see drawQueue); 'rendered' fires synchronously inside setOption.
    const cancel = queueDraw(() => {
      if (c.isDisposed()) return;
      const t0 = performance.now();
      c.on('rendered', onRendered);
      c.setOption(drawnInOnePass(option), { notMerge: true, lazyUpdate: false });
      noteDraw(label, performance.now() - t0);
    });
    return () => {
      cancel();
      c.off('rendered', onRendered);
    };
  }, [option]);

  return <div ref={box} className="chart-canvas" role="img" aria-label={label} style={height ? { height } : undefined} />;
}
