/**
 * Performance hook for the browser tests and for anyone curious (`window.__lantian` in the
 * console): when files were dropped, when the model arrived, when every chart had drawn, and the
 * longest main-thread task seen (PerformanceObserver 'longtask') — nothing is sent anywhere.
 */
export interface PerfState {
  /** performance.now() of the last file drop / file pick. */
  dropAt: number | null;
  /** performance.now() when the model of those files arrived. */
  modelAt: number | null;
  /** performance.now() when every chart of that model had drawn its first frame. */
  drawnAt: number | null;
  /** performance.now() when the first model (the demo, or restored files) had every chart drawn. */
  firstDrawnAt: number | null;
  /** Sequence number of the model whose charts are all drawn. */
  drawnSeq: number;
  /** Durations (ms) of long main-thread tasks since the page opened, with their start times. */
  longTasks: { start: number; duration: number }[];
  /** Worker compute time of the last model, ms. */
  computeMs: number | null;
  /** The last chart draws (setOption + first frame), ms each, newest last (at most 40 kept). */
  draws: { chart: string; ms: number }[];
  /** The last finished load: files kept and whether it was cancelled. */
  lastLoad: { files: string[]; cancelled: boolean } | null;
}

declare global {
  interface Window {
    __lantian?: PerfState;
  }
}

export const perf: PerfState = {
  dropAt: null,
  modelAt: null,
  drawnAt: null,
  firstDrawnAt: null,
  drawnSeq: 0,
  longTasks: [],
  computeMs: null,
  draws: [],
  lastLoad: null,
};

/** Records how long one chart took to draw. */
export function noteDraw(chart: string, ms: number): void {
  perf.draws.push({ chart, ms: Math.round(ms) });
  if (perf.draws.length > 40) perf.draws.shift();
}

if (typeof window !== 'undefined') {
  window.__lantian = perf;
  try {
    const po = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) perf.longTasks.push({ start: e.startTime, duration: e.duration });
    });
    po.observe({ type: 'longtask', buffered: true });
  } catch {
    // 'longtask' is Chromium-only; elsewhere the hook simply records nothing.
  }
}
