/// <reference lib="webworker" />
/**
 * The Lantian worker: owns the data. Keeps one Dataset per loaded file (plus the built-in
 * simulated demo), streams each File in chunks into the ingest core, merges, and posts the
 * dashboard model the core computes for the chosen area, year, settings and targets.
 * The page computes nothing; this file computes nothing either — it orchestrates `src/domain`.
 */
import { DEFAULT_SETTINGS } from '../domain/types.ts';
import type { Dataset, Settings } from '../domain/types.ts';
import {
  buildDashboardModel,
  createStreamingIngest,
  defaultTargets,
  emptyDataset,
  generateDemoDataset,
  mergeDatasets,
} from './core.ts';
import type { TargetSet } from './core.ts';
import { PROTOCOL_VERSION } from './protocol.ts';
import type { Body, DataSource, FromWorker, ToWorker } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

/** Bytes read per step: large enough to keep per-chunk overhead small, small enough to cancel fast. */
export const CHUNK_BYTES = 2 * 1024 * 1024;
/** At most one progress message per this many milliseconds (plus one at the end of each file). */
const PROGRESS_INTERVAL_MS = 100;

const state = {
  settings: DEFAULT_SETTINGS as Settings,
  targets: defaultTargets() as TargetSet,
  area: null as string | null,
  year: null as number | null,
  demo: null as Dataset | null,
  files: new Map<string, Dataset>(),
  merged: null as Dataset | null,
  seq: 0,
  cancelled: new Set<number>(),
};

function post(m: Body<FromWorker>): void {
  self.postMessage({ v: PROTOCOL_VERSION, ...m } as FromWorker);
}

function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

function currentData(): { dataset: Dataset; source: DataSource } {
  if (state.files.size > 0) {
    state.merged ??= mergeDatasets([...state.files.values()]);
    return { dataset: state.merged, source: 'files' };
  }
  if (state.demo) return { dataset: state.demo, source: 'demo' };
  return { dataset: emptyDataset(), source: 'none' };
}

/** Recomputes the model from the current data and posts it. */
function recompute(): void {
  const t0 = performance.now();
  const { dataset, source } = currentData();
  const model = buildDashboardModel(dataset, state.settings, {
    area: state.area ?? undefined,
    year: state.year ?? undefined,
    targets: state.targets,
  });
  post({ type: 'model', model, source, computeMs: performance.now() - t0, seq: ++state.seq });
}

/** Streams one file through the ingest core. Resolves to null when cancelled. */
async function ingestOne(file: File, loadId: number, fileIndex: number, fileCount: number): Promise<Dataset | null> {
  let rows = 0;
  let bytesRead = 0;
  let lastPost = 0;
  const progress = (force: boolean): void => {
    const now = performance.now();
    if (!force && now - lastPost < PROGRESS_INTERVAL_MS) return;
    lastPost = now;
    post({ type: 'progress', loadId, file: file.name, fileIndex, fileCount, bytesRead, totalBytes: file.size, rows });
  };
  const isCancelled = (): boolean => state.cancelled.has(loadId);
  const ingest = createStreamingIngest(file.name, file.size, {
    settings: state.settings,
    onProgress: (p) => {
      rows = p.rows;
      progress(false);
    },
    shouldCancel: isCancelled,
  });
  progress(true);
  for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
    // Awaiting the read yields to the event loop, so a 'cancel' message is handled between chunks.
    const chunk = new Uint8Array(await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
    if (isCancelled()) return null;
    ingest.push(chunk);
    bytesRead = Math.min(file.size, offset + chunk.byteLength);
    progress(false);
  }
  if (isCancelled()) return null;
  const dataset = ingest.finish();
  rows = dataset.files.reduce((n, f) => n + f.rows, 0);
  bytesRead = file.size;
  progress(true);
  return dataset;
}

/** Loads a batch of files; files finished before a cancel are kept, the rest are dropped. */
async function loadFiles(files: File[], loadId: number): Promise<void> {
  const loaded: string[] = [];
  const replacingDemo = state.files.size === 0;
  let cancelled = false;
  for (const [i, file] of files.entries()) {
    let ds: Dataset | null;
    try {
      ds = await ingestOne(file, loadId, i, files.length);
    } catch (e) {
      if (state.cancelled.has(loadId)) {
        ds = null;
      } else {
        post({ type: 'error', message: errorText(e), file: file.name });
        continue;
      }
    }
    if (ds === null) {
      cancelled = true;
      break;
    }
    state.files.set(file.name, ds); // a file dropped again under the same name replaces the old one
    state.merged = null;
    loaded.push(file.name);
  }
  state.cancelled.delete(loadId);
  if (loaded.length > 0 && replacingDemo) {
    // Different data altogether: let the core choose the area and the latest year again.
    state.area = null;
    state.year = null;
  }
  post({ type: 'load-done', loadId, cancelled, files: loaded });
  if (loaded.length > 0) recompute();
}

let queue: Promise<void> = Promise.resolve();
/** Runs tasks one after another (a load must finish before the next message changes the state). */
function enqueue(task: () => void | Promise<void>): void {
  queue = queue.then(task).catch((e: unknown) => post({ type: 'error', message: errorText(e) }));
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  if (m?.v !== PROTOCOL_VERSION) {
    post({ type: 'error', message: `protocol version ${String(m?.v)} is not ${PROTOCOL_VERSION}` });
    return;
  }
  switch (m.type) {
    case 'cancel':
      // Handled at once (not queued): the running load checks this set between chunks.
      state.cancelled.add(m.loadId);
      return;
    case 'init':
      // Generates the simulated demo (the data on show until the user loads files).
      enqueue(() => {
        state.settings = m.settings;
        if (m.targets) state.targets = m.targets;
        state.demo = generateDemoDataset();
        recompute();
      });
      return;
    case 'load-files':
      enqueue(() => loadFiles(m.files, m.loadId));
      return;
    case 'remove-file':
      enqueue(() => {
        if (state.files.delete(m.name)) {
          state.merged = null;
          if (state.files.size === 0) {
            state.area = null;
            state.year = null;
          }
          recompute();
        }
      });
      return;
    case 'clear':
      enqueue(() => {
        state.files.clear();
        state.merged = null;
        state.demo = null;
        state.area = null;
        state.year = null;
        recompute();
      });
      return;
    case 'set-view':
      enqueue(() => {
        state.area = m.area;
        state.year = m.year;
        recompute();
      });
      return;
    case 'set-settings':
      enqueue(() => {
        state.settings = m.settings;
        recompute();
      });
      return;
    case 'set-targets':
      enqueue(() => {
        state.targets = m.targets;
        recompute();
      });
      return;
  }
};

post({ type: 'ready' });
