/**
 * Spreads chart drawing over separate main-thread tasks: each queued job (one chart's setOption
 * and first frame) runs in its own macrotask, so a new model with ten charts never blocks the page
 * for the sum of their drawing times (the budget is 100 ms for the longest task).
 *
 * Two lanes (issue 9, switching ≤ 300 ms at national scale): charts in or near the viewport are
 * queued `now` and drawn first, one task each; charts off-screen are queued `idle` and drawn one
 * per idle period once the page has been quiet for IDLE_AFTER_MS (no `now` job run meanwhile), or
 * at once when they come near the viewport (`promote`). A switch made before then replaces their
 * option and nothing is drawn twice.
 */
type Job = () => void;

const now: Job[] = [];
const idle: Job[] = [];
let scheduled = false;
let running = false;
/** performance.now() of the last `now` job that ran (idle jobs wait IDLE_AFTER_MS after it). */
let lastNowAt = 0;
const IDLE_AFTER_MS = 200;
const channel = new MessageChannel();
/** Called once each when no `now` job is waiting or running. */
let whenDrawn: (() => void)[] = [];

function settle(): void {
  if (now.length > 0 || running) return;
  const cbs = whenDrawn;
  whenDrawn = [];
  for (const cb of cbs) cb();
}

function schedule(): void {
  if (!scheduled) channel.port2.postMessage(null);
  scheduled = true;
}

channel.port1.onmessage = () => {
  scheduled = false;
  const job = now.shift();
  if (!job) return;
  running = true;
  try {
    job();
  } finally {
    running = false;
    lastNowAt = performance.now();
    if (now.length > 0) schedule();
    else {
      settle();
      scheduleIdle();
    }
  }
};

let idleScheduled = false;
/** Captured once (a test may replace it with one that never calls back: a page never idle). */
const requestIdle: (cb: () => void, o: { timeout: number }) => void = typeof requestIdleCallback === 'function' ? requestIdleCallback : (cb) => setTimeout(cb, 50);

function scheduleIdle(): void {
  if (idleScheduled || idle.length === 0) return;
  idleScheduled = true;
  // Visible charts first, and an idle job waits until the page has been quiet for a moment.
  setTimeout(() => requestIdle(() => {
    idleScheduled = false;
    if (now.length > 0 || running) return; // the `now` lane schedules the idle lane again when done
    if (performance.now() - lastNowAt < IDLE_AFTER_MS) return scheduleIdle();
    try {
      idle.shift()?.();
    } finally {
      scheduleIdle();
    }
  }, { timeout: 2000 }), Math.max(0, lastNowAt + IDLE_AFTER_MS - performance.now()));
}

function remove(list: Job[], job: Job): boolean {
  const k = list.indexOf(job);
  if (k >= 0) list.splice(k, 1);
  return k >= 0;
}

export interface QueuedDraw {
  /** Removes the job if it has not run yet. */
  cancel: () => void;
  /** Moves an `idle` job that has not run yet to the `now` lane (its chart came near the viewport). */
  promote: () => void;
}

/** Queues `job` in the `now` lane (default: a chart on screen) or the `idle` lane (a chart off-screen). */
export function queueDraw(job: Job, lane: 'now' | 'idle' = 'now'): QueuedDraw {
  if (lane === 'now') {
    now.push(job);
    schedule();
  } else {
    idle.push(job);
    scheduleIdle();
  }
  return {
    cancel: () => {
      if (!remove(now, job) && !remove(idle, job)) return;
      settle();
    },
    promote: () => {
      if (!remove(idle, job)) return;
      now.push(job);
      schedule();
    },
  };
}

/**
 * Calls `cb` once no chart queued in the `now` lane is waiting or drawing (at once if none is):
 * the charts on screen are drawn. Returns a function that forgets `cb`.
 */
export function whenOnScreenDrawn(cb: () => void): () => void {
  whenDrawn.push(cb);
  // Settled already: report in a task of its own, after the commit that asked.
  if (now.length === 0 && !running) queueMicrotask(settle);
  return () => {
    whenDrawn = whenDrawn.filter((c) => c !== cb);
  };
}
