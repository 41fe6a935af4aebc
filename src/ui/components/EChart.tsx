/**
 * One ECharts canvas. Takes a ready option (built by a pure builder in src/charts) and draws it;
 * resizes with its box; reports its first drawn frame after each new option through `onDrawn`.
 * A chart in or near the viewport draws first; one off-screen waits for idle time or until it is
 * scrolled near the viewport, whichever comes first (drawQueue; issue 9, switches at national scale).
 */
import { useEffect, useRef } from 'react';
import type { EChartsType } from 'echarts/core';
import { disposeChart, echarts } from '../../charts/echarts.ts'; // the one registration of chart types and components
import { drawnInOnePass } from '../../charts/option.ts';
import type { ChartOption } from '../../charts/option.ts';
import { queueDraw } from '../hooks/drawQueue.ts';
import type { QueuedDraw } from '../hooks/drawQueue.ts';
import { noteDraw } from '../perf.ts';

export interface EChartProps {
  option: ChartOption;
  /** Accessible name of the chart (the heading text). */
  label: string;
  onDrawn?: () => void;
  /** Canvas height in px (default from the stylesheet). */
  height?: number;
}

/**
 * How far beyond the viewport (a share of its height) a chart counts as on screen: drawn at once, and
 * waited for by "the charts on screen drawn". Kept small: each chart drawn at once lengthens a switch.
 */
const NEAR = 0.1;

/** The box is in or near the viewport (a box not laid out, e.g. in a closed <details>, is not). */
function nearViewport(el: HTMLElement): boolean {
  const r = el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return false;
  const h = window.innerHeight;
  return r.bottom >= -NEAR * h && r.top <= (1 + NEAR) * h;
}

export function EChart({ option, label, onDrawn, height }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const drawn = useRef(onDrawn);
  const drawnOnce = useRef(false);
  drawn.current = onDrawn;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const c = echarts.init(el, null, { renderer: 'canvas' });
    chart.current = c;
    // A box resized while a new option waits (the station heatmap's height follows the area's stations) is
    // resized by that draw: resizing now would repaint the old chart at the new size first.
    const ro = new ResizeObserver(() => {
      if (el.dataset.drawPending === undefined) c.resize();
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      disposeChart(c); // never with a paint of it still pending (a heatmap's sliced paint)
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const c = chart.current;
    const el = box.current;
    if (!c || !el) return;
    let reported = false;
    const onRendered = (): void => {
      if (reported) return;
      reported = true;
      delete el.dataset.drawPending;
      c.off('rendered', onRendered);
      drawn.current?.();
    };
    // Drawn in its own task (see drawQueue); 'rendered' fires synchronously inside setOption.
    let io: IntersectionObserver | null = null;
    const near = nearViewport(el);
    const queued: QueuedDraw = queueDraw(() => {
      io?.disconnect();
      if (c.isDisposed()) return;
      const t0 = performance.now();
      c.on('rendered', onRendered);
      // A chart drawn again (a switch of area, year or period) shows the new data at once: with notMerge
      // every element would enter anew, and the 300 ms of animation frames would repaint each canvas
      // while the next charts draw. Its first draw keeps the builder's animation.
      const first = !drawnOnce.current;
      drawnOnce.current = true;
      if (c.getWidth() !== el.clientWidth || c.getHeight() !== el.clientHeight) {
        c.clear(); // resized empty: nothing of the old option is painted again
        c.resize();
      }
      c.setOption(first ? drawnInOnePass(option) : { ...drawnInOnePass(option), animation: false }, { notMerge: true, lazyUpdate: false });
      noteDraw(label, performance.now() - t0);
    }, near ? 'now' : 'idle');
    if (!near) {
      // Scrolled near the viewport before idle time came: drawn now.
      io = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          io?.disconnect();
          queued.promote();
        }
      }, { rootMargin: `${NEAR * 100}% 0px` });
      io.observe(el);
    }
    el.dataset.drawPending = near ? 'now' : 'idle';
    return () => {
      io?.disconnect();
      queued.cancel();
      c.off('rendered', onRendered);
    };
  }, [option]);

  return <div ref={box} className="chart-canvas" role="img" aria-label={label} style={height ? { height } : undefined} />;
}
