/**
 * Is the worker still there? (issue 9 §7: a worker that crashes or runs out of memory often fires no
 * `error` event; the page must say so within 5 s instead of showing 正在计算… forever.)
 *
 * Two ways, the first that works:
 * - a Web Lock: the worker takes a lock of its own name and never lets go; the page then asks for the
 *   same lock, which it is granted only when the worker is gone (closed, crashed, out of memory). It
 *   never misfires during long synchronous work: the lock is held whatever the worker is doing. Used
 *   when the page sees the worker's lock (`locks.query()`): served over http and in the offline file
 *   on file:// in Chromium (both measured in tests/e2e/worker-liveness).
 * - heartbeats (a browser without Web Locks, or where the page cannot see the worker's lock): the worker
 *   posts `alive` every second from a timer, saying whether it is running a task. A timer cannot fire
 *   during a long synchronous computation, so silence is judged against a short allowance when the
 *   worker said it was idle and a long one when it said it was busy.
 */

/** Silence after which an idle worker is taken for dead (ms): within the 5 s the issue asks for. */
export const IDLE_SILENCE_MS = 4000;
/** Silence allowed while the worker runs a task (one synchronous computation can take this long on a national year). */
export const BUSY_SILENCE_MS = 90_000;
/** Heartbeat period of the worker (ms). */
export const HEARTBEAT_MS = 1000;
/** How often the page checks (ms). */
export const CHECK_MS = 1000;

export interface Heard {
  /** performance.now() of the last message from the worker (any message). */
  at: number;
  /** What the worker said last: running a task or not. */
  busy: boolean;
}

/**
 * The watchdog's verdict at `now`. `lastCheck` is when the previous check ran: a check that comes much
 * later than planned means the page itself was blocked (the worker's messages may still be queued
 * behind this check), so it judges nothing ('skip').
 * @example judgeSilence({ at: 0, busy: false }, 4500, 3500) === 'dead' // idle and silent 4.5 s > 4 s
 * @example judgeSilence({ at: 0, busy: true }, 4500, 3500) === 'alive' // busy: 90 s allowed
 * @example judgeSilence({ at: 0, busy: false }, 9000, 2000) === 'skip' // the check itself came 7 s late
 */
export function judgeSilence(heard: Heard, now: number, lastCheck: number): 'alive' | 'dead' | 'skip' {
  if (now - lastCheck > 2 * CHECK_MS + 500) return 'skip';
  const allowed = heard.busy ? BUSY_SILENCE_MS : IDLE_SILENCE_MS;
  return now - heard.at > allowed ? 'dead' : 'alive';
}
