/**
 * The page's handle on the Lantian worker. The worker is imported `?worker&inline` and built as a
 * classic iife script, so it starts from a blob: URL both when served and from the offline single
 * file on file:// (tech-notes.md, "Worker loading"); its script is a chunk loaded after first paint
 * (lazyWorker.ts). Failures are reported through `onError`, never left as an endless spinner.
 */
import { LazyWorker } from './lazyWorker.ts';
import type { Message, Settings } from '../domain/types.ts';
import type { TargetSet } from '../domain/targets/types.ts';
import type { ColumnMapping } from '../domain/ingest/ingestFile.ts';
import { PROTOCOL_VERSION } from './protocol.ts';
import type { Body, FromWorker, StorageEvent, ToWorker } from './protocol.ts';
import type { RankingPeriodChoice } from '../domain/report/datasetIndex.ts';
import { CHECK_MS, judgeSilence } from './liveness.ts';

/** Most helper workers started besides the main one (memory: each holds a file's data while reading). */
export const MAX_HELPERS = 3;

export type ProgressMessage = Extract<FromWorker, { type: 'progress' }>;
export type ModelMessage = Extract<FromWorker, { type: 'model' }>;
export type LoadDoneMessage = Extract<FromWorker, { type: 'load-done' }>;
/** A loaded file the mapping dialog can read (see protocol.ts). */
export type MappableFile = Omit<Extract<FromWorker, { type: 'mappable-file' }>, 'v' | 'type'>;

export interface ClientHandlers {
  onModel: (m: ModelMessage) => void;
  onProgress: (m: ProgressMessage) => void;
  onLoadDone: (m: LoadDoneMessage) => void;
  /** A readable error (a file that failed, or the worker itself failing to start or crashing). */
  onError: (message: string, file?: string) => void;
  /** A file was read but refused and not loaded (a notice, not a failure); see protocol.ts. */
  onRefused?: (file: string, reason: Message, keptEarlier: boolean) => void;
  /** What the worker's storage did (restored, saved, reset, failed); see protocol.ts. */
  onStorage?: (event: StorageEvent) => void;
  /** A loaded file's columns were not recognised: the preview and suggestion for the mapping dialog. */
  onMappable?: (m: MappableFile) => void;
  /**
   * The worker is gone (crashed, out of memory, closed) without an error event, as seen by the
   * liveness check (liveness.ts): a Web Lock it held was released, or it fell silent too long.
   * Called once; the client is dead after it (make a new one to go on).
   */
  onDead?: (how: 'lock' | 'silence') => void;
  /** How the liveness check watches the worker: its heartbeat at first, its Web Lock once confirmed. */
  onLiveness?: (how: 'heartbeat' | 'lock') => void;
}

export interface LantianClient {
  /** Sends the saved settings and targets; the worker then generates the demo and posts a model. */
  init: (settings: Settings, targets: TargetSet | null) => void;
  /** Streams the files into the worker; resolves when the batch is done (or cancelled). */
  loadFiles: (files: File[]) => { loadId: number; done: Promise<LoadDoneMessage> };
  /** Reads loaded files again with a column mapping (kept for files of the same `shape`); like loadFiles. */
  applyMapping: (files: string[], mapping: ColumnMapping, shape: string) => { loadId: number; done: Promise<LoadDoneMessage> };
  cancel: (loadId: number) => void;
  removeFile: (name: string) => void;
  /** Removes several files with one recompute (a group of daily files). */
  removeFiles: (names: string[]) => void;
  clear: () => void;
  setView: (area: string | null, year: number | null, rankingPeriod?: RankingPeriodChoice) => void;
  setSettings: (settings: Settings) => void;
  setTargets: (targets: TargetSet) => void;
  terminate: () => void;
}

/** Starts the worker and wires its messages to `handlers`. */
export function createLantianClient(handlers: ClientHandlers): LantianClient {
  let worker: LazyWorker;
  const pending = new Map<number, (m: LoadDoneMessage) => void>();
  let nextLoad = 1;
  try {
    worker = new LazyWorker({ name: 'lantian-worker' });
  } catch (e) {
    // e.g. a SecurityError when a build leaves the worker as a separate file on file://
    handlers.onError(`worker could not start: ${e instanceof Error ? e.message : String(e)}`);
    const noop = (): void => {};
    return {
      loadFiles: () => ({ loadId: 0, done: new Promise<LoadDoneMessage>(() => {}) }),
      applyMapping: () => ({ loadId: 0, done: new Promise<LoadDoneMessage>(() => {}) }),
      init: noop, cancel: noop, removeFile: noop, removeFiles: noop, clear: noop, setView: noop, setSettings: noop, setTargets: noop, terminate: noop,
    };
  }
  const send = (m: Body<ToWorker>): void => worker.postMessage({ v: PROTOCOL_VERSION, ...m } as ToWorker);

  // Helper workers (same script, helper role) read files in parallel with the main one: one per
  // further core, at most three. Without them (one core, or they fail to start) the main worker
  // reads every file itself.
  const helpers = new Map<number, LazyWorker>();
  const helperCount = Math.min(MAX_HELPERS, Math.max(0, (navigator.hardwareConcurrency ?? 1) - 1));
  for (let id = 1; id <= helperCount; id++) {
    try {
      const helper = new LazyWorker({ name: `lantian-ingest-${id}` });
      const channel = new MessageChannel();
      worker.postMessage({ v: PROTOCOL_VERSION, type: 'attach-helper', helperId: id, port: channel.port1 } satisfies ToWorker, [channel.port1]);
      helper.postMessage({ v: PROTOCOL_VERSION, type: 'serve-as-helper', port: channel.port2 } satisfies ToWorker, [channel.port2]);
      helper.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        helper.terminate();
        helpers.delete(id);
        send({ type: 'helper-lost', helperId: id });
      };
      helper.onmessage = (event: MessageEvent<FromWorker>) => {
        if (event.data.type === 'error') handlers.onError(event.data.message, event.data.file);
      };
      helpers.set(id, helper);
    } catch {
      break;
    }
  }

  // Liveness (liveness.ts): a Web Lock the worker holds, else heartbeats.
  let gone = false;
  const heard = { at: performance.now(), busy: true };
  let lastCheck = performance.now();
  const stopLock = new AbortController();
  const died = (how: 'lock' | 'silence'): void => {
    if (gone) return;
    gone = true;
    clearInterval(watchdog);
    for (const [loadId, resolve] of pending) resolve({ v: PROTOCOL_VERSION, type: 'load-done', loadId, cancelled: true, files: [] });
    pending.clear();
    handlers.onDead?.(how);
  };
  const watchdog = setInterval(() => {
    const now = performance.now();
    const verdict = document.visibilityState === 'hidden' ? 'skip' : judgeSilence(heard, now, lastCheck);
    lastCheck = now;
    if (verdict === 'dead') died('silence');
  }, CHECK_MS);
  const lockName = `lantian-worker-alive-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  const watchLock = (lock: string): void => {
    const locks = navigator.locks as LockManager | undefined;
    if (!locks) return;
    // The worker's lock must be visible here (on file:// a blob worker has a lock manager of its own).
    void locks.query().then((q) => {
      if (gone || !q.held?.some((l) => l.name === lock)) return;
      clearInterval(watchdog);
      handlers.onLiveness?.('lock');
      locks.request(lock, { signal: stopLock.signal }, () => died('lock')).catch(() => undefined);
    }, () => undefined);
  };

  /** The files and issues of the data on show (protocol.ts: sent with the first model of new data). */
  let lastData: NonNullable<ModelMessage['data']> = { files: [], issues: [] };
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const m = event.data;
    heard.at = performance.now();
    switch (m.type) {
      case 'alive':
        heard.busy = m.busy;
        return;
      case 'watching':
        if (m.lock === lockName) watchLock(m.lock);
        return;
      case 'ready':
        return;
      case 'model': {
        // A model without `data` shows the same data: its files and issues are the last ones sent.
        if (m.data) lastData = m.data;
        const { data: _d, ...rest } = m;
        handlers.onModel({ ...rest, model: { ...m.model, files: lastData.files, issues: lastData.issues } });
        return;
      }
      case 'progress':
        handlers.onProgress(m);
        return;
      case 'load-done':
        handlers.onLoadDone(m);
        pending.get(m.loadId)?.(m);
        pending.delete(m.loadId);
        return;
      case 'error':
        handlers.onError(m.message, m.file);
        return;
      case 'file-refused':
        handlers.onRefused?.(m.file, m.reason, m.keptEarlier);
        return;
      case 'storage':
        handlers.onStorage?.(m.event);
        return;
      case 'mappable-file': {
        const { v: _v, type: _t, ...file } = m;
        handlers.onMappable?.(file);
        return;
      }
    }
  };
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    handlers.onError(event.message ? `worker failed: ${event.message}` : 'worker failed to start or crashed');
    for (const [loadId, resolve] of pending) resolve({ v: PROTOCOL_VERSION, type: 'load-done', loadId, cancelled: true, files: [] });
    pending.clear();
  };
  worker.onmessageerror = () => handlers.onError('a worker message could not be read');

  send({ type: 'watch', lock: lockName });
  handlers.onLiveness?.('heartbeat');

  const startLoad = (message: (loadId: number) => Body<ToWorker>): { loadId: number; done: Promise<LoadDoneMessage> } => {
    const loadId = nextLoad++;
    const done = new Promise<LoadDoneMessage>((resolve) => pending.set(loadId, resolve));
    send(message(loadId));
    return { loadId, done };
  };

  return {
    loadFiles: (files) => startLoad((loadId) => ({ type: 'load-files', loadId, files })),
    applyMapping: (files, mapping, shape) => startLoad((loadId) => ({ type: 'apply-mapping', loadId, files, mapping, shape })),
    init: (settings, targets) => send({ type: 'init', settings, targets }),
    cancel: (loadId) => send({ type: 'cancel', loadId }),
    removeFile: (name) => send({ type: 'remove-file', name }),
    removeFiles: (names) => send({ type: 'remove-files', names }),
    clear: () => send({ type: 'clear' }),
    setView: (area, year, rankingPeriod) => send({ type: 'set-view', area, year, ...(rankingPeriod !== undefined ? { rankingPeriod } : {}) }),
    setSettings: (settings) => send({ type: 'set-settings', settings }),
    setTargets: (targets) => send({ type: 'set-targets', targets }),
    terminate: () => {
      gone = true;
      clearInterval(watchdog);
      stopLock.abort();
      worker.terminate();
      for (const h of helpers.values()) h.terminate();
    },
  };
}
