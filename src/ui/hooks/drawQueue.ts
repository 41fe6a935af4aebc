/**
 * Spreads chart drawing over separate main-thread tasks: each queued job (one chart's setOption
 * and first frame) runs in its own macrotask, so a new model with ten charts never blocks the page
 * for the sum of their drawing times (the budget is 100 ms for the longest task).
 */
const jobs: (() => void)[] = [];
let scheduled = false;
const channel = typeof MessageChannel !== 'undefined' ? new MessageChannel() : null;

function runOne(): void {
  scheduled = false;
  const job = jobs.shift();
  if (job) {
    try {
      job();
    } finally {
      if (jobs.length > 0) schedule();
    }
  }
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  if (channel) channel.port2.postMessage(null);
  else setTimeout(runOne, 0);
}

if (channel) channel.port1.onmessage = runOne;

/** Queues `job`; returns a function that removes it if it has not run yet. */
export function queueDraw(job: () => void): () => void {
  jobs.push(job);
  schedule();
  return () => {
    const k = jobs.indexOf(job);
    if (k >= 0) jobs.splice(k, 1);
  };
}
