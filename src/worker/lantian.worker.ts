/// <reference lib="webworker" />
/**
 * The Lantian worker: owns the data. Keeps one Dataset per loaded file (plus the built-in
 * simulated demo), streams each File in chunks into the ingest core, merges, and posts the
 * dashboard model the core computes for the chosen area, year, settings and targets.
 * The page computes nothing; this file computes nothing either — it orchestrates `src/domain`.
 *
 * The same script also runs as a *helper*: another worker that only ingests files for the main
 * one (over a MessageChannel), so a batch of files is read on several cores.
 */
import { DEFAULT_SETTINGS } from '../domain/types.ts';
import type { Dataset, Settings, Station } from '../domain/types.ts';
import { createStreamingIngest } from '../domain/ingest/ingestFile.ts';
import { emptyDataset } from '../domain/ingest/dataset.ts';
import { mergePackedFiles, partsNeedingHourly } from '../domain/ingest/mergePacked.ts';
import { generateDemoDataset } from '../domain/demo/generate.ts';
import { buildDashboardModel } from '../domain/report/dashboard.ts';
import { indexDataset, type DatasetIndex, type RankingPeriodChoice } from '../domain/report/datasetIndex.ts';
import { builtinTargetSet } from '../domain/targets/builtin.ts';
import type { TargetSet } from '../domain/targets/types.ts';
import type { ColumnMapping } from '../domain/ingest/ingestFile.ts';
import { needsColumnMapping } from '../domain/ingest/columnMapping.ts';
import { columnPreview } from '../domain/ingest/columnPreview.ts';
import { PROTOCOL_VERSION } from './protocol.ts';
import { PERSIST_MAX_BYTES, checkPacked, packDataset, packedBuffers, unpackTransferred, withStationDaily, type PackedDataset } from '../domain/persist/codec.ts';
import type { StationDailyStore } from '../domain/aggregate/stationStore.ts';
import { clearStoredFiles, loadStoredFiles, storeFiles, type PendingFile } from './storage.ts';
import type { Body, DataSource, FromHelper, FromWorker, ToHelper, ToWorker } from './protocol.ts';
import { bilingual } from '../domain/text/text.ts';
import { HEARTBEAT_MS } from './liveness.ts';

declare const self: DedicatedWorkerGlobalScope;

/** Bytes read per step: large enough to keep per-chunk overhead small, small enough to cancel fast. */
export const CHUNK_BYTES = 2 * 1024 * 1024;
/** At most one progress message per this many milliseconds (plus one at the end of a batch). */
const PROGRESS_INTERVAL_MS = 100;
/** Bytes of a file read for the mapping dialog's preview (as the ingest's format sniffing). */
const PREVIEW_BYTES = 64 * 1024;
/** Rows of the preview sent to the page. */
const PREVIEW_ROWS = 12;

const state = {
  settings: DEFAULT_SETTINGS as Settings,
  targets: null as TargetSet | null,
  area: null as string | null,
  year: null as number | null,
  demo: null as Dataset | null,
  /** Show the simulated demo when no file is loaded (false after "clear all"). */
  demoWanted: false,
  /**
   * Each loaded file's Dataset packed (codec.ts, days as read): three arrays of station-days per file, not
   * half a million small objects (issue 9: a national year's hourly values live here, once).
   */
  files: new Map<string, PackedDataset>(),
  /** The File behind each loaded Dataset, to read again when a setting of the ingest changes. */
  sources: new Map<string, File>(),
  /** Loaded files too large to save in the browser (codec.ts PERSIST_MAX_BYTES): kept for the session only. */
  notSaved: new Set<string>(),
  /** Column mappings the user gave for loaded files (header-less tables of unknown layout), by file name. */
  mappings: new Map<string, ColumnMapping>(),
  /** The same mappings by table shape (columnPreview.ts), applied to files laid out alike in this session. */
  shapeMappings: new Map<string, ColumnMapping>(),
  /**
   * The files merged, without their hourly values (each station's day map left empty), and the
   * station-daily store built from the full merge: what every model reads. Built once per change of
   * the files; the full merge is dropped as soon as the store is built.
   */
  merged: null as { dataset: Dataset; store: StationDailyStore } | null,
  /** What the current data and settings give once (areas, extents, area days, ranking figures): issue 9. */
  index: null as DatasetIndex | null,
  rankingPeriod: 'ytd' as RankingPeriodChoice,
  /** The data of the last model posted with its files and issues (protocol.ts `data`). */
  posted: null as Dataset | null,
  seq: 0,
  cancelled: new Set<number>(),
  /** Ports to the helper workers that ingest files in parallel, by helper id. */
  helpers: new Map<number, MessagePort>(),
};

function post(m: Body<FromWorker>): void {
  self.postMessage({ v: PROTOCOL_VERSION, ...m } as FromWorker);
}

function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

function currentData(): { dataset: Dataset; source: DataSource; store?: StationDailyStore } {
  if (state.files.size > 0) {
    state.merged ??= mergeFiles();
    return { dataset: state.merged.dataset, source: 'files', store: state.merged.store };
  }
  if (state.demoWanted) {
    // Generated on first need: a page restoring saved files never pays for the demo.
    state.demo ??= generateDemoDataset();
    return { dataset: state.demo, source: 'demo' };
  }
  return { dataset: emptyDataset(), source: 'none' };
}

/**
 * Merges the loaded files from the station-daily values packed with each (`mergePackedFiles`; a record
 * stored before they were packed gets them now): hourly values are read only where two files hold the
 * same station-day, and the merge holds none (its station-daily store answers every model, datasetIndex).
 * A later change of the files merges again from the packed files.
 */
function mergeFiles(): { dataset: Dataset; store: StationDailyStore } {
  return mergePackedFiles([...state.files.values()].map(withStationDaily));
}

/** Recomputes the model from the current data and posts it. */
function recompute(): void {
  const t0 = performance.now();
  const { dataset, source, store } = currentData();
  state.targets ??= builtinTargetSet();
  if (state.index?.dataset !== dataset || state.index.settings !== state.settings) state.index = indexDataset(dataset, state.settings, store);
  const model = buildDashboardModel(dataset, state.settings, {
    area: state.area ?? undefined,
    year: state.year ?? undefined,
    targets: state.targets,
    index: state.index,
    rankingPeriod: state.rankingPeriod,
  });
  const restored = [...state.files.keys()].filter((n) => !state.sources.has(n));
  // Files and issues go to the page only with the first model of these data (protocol.ts `data`).
  const fresh = state.posted !== dataset;
  state.posted = dataset;
  const { files, issues } = model;
  post({
    type: 'model', model: fresh ? model : { ...model, files: [], issues: [] }, source, computeMs: performance.now() - t0, seq: ++state.seq, restored,
    ...(fresh ? { data: { files, issues } } : {}),
  });
}

/**
 * Streams one file through the ingest core, reporting bytes and rows read so far.
 * Resolves to null when `isCancelled()` turns true between chunks.
 */
async function ingestBlob(
  file: File,
  settings: Settings,
  isCancelled: () => boolean,
  onProgress: (bytesRead: number, rows: number) => void,
  columnMapping?: ColumnMapping,
): Promise<Dataset | null> {
  let rows = 0;
  const ingest = createStreamingIngest(file.name, file.size, {
    settings,
    ...(columnMapping ? { columnMapping } : {}),
    onProgress: (p) => {
      rows = p.rows;
    },
    shouldCancel: isCancelled,
  });
  for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
    // Awaiting the read yields to the event loop, so a cancel message is handled between chunks.
    const chunk = new Uint8Array(await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
    if (isCancelled()) return null;
    try {
      ingest.push(chunk);
    } catch (e) {
      if (isCancelled()) return null;
      throw e;
    }
    onProgress(Math.min(file.size, offset + chunk.byteLength), rows);
  }
  if (isCancelled()) return null;
  const dataset = ingest.finish();
  onProgress(file.size, dataset.files.reduce((n, f) => n + f.rows, 0));
  return dataset;
}


/** One Station object per distinct station record, and one list per distinct file station list, across files. */
const interned = { stations: new Map<string, Station>(), lists: new Map<string, string[]>() };

/** Two records with the same fields and values (station records hold strings, numbers and booleans). */
function sameRecord(a: object, b: object): boolean {
  const ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if ((a as Record<string, unknown>)[k] !== (b as Record<string, unknown>)[k]) return false;
  return true;
}

/**
 * The packed file with the station records and file station lists it shares with files read before made
 * the same objects: 365 national files carry the same 1,605 stations each (586,000 copies otherwise).
 * Parts are never modified once read (mergeDatasets copies what it changes), so sharing is safe.
 */
function shared(p: PackedDataset): PackedDataset {
  p.stations = p.stations.map((st) => {
    const have = interned.stations.get(st.key);
    if (have && sameRecord(have, st)) return have;
    interned.stations.set(st.key, st);
    return st;
  });
  for (const f of p.files) {
    if (f.stations.length < 2) continue;
    const id = f.stations.join('\n');
    const have = interned.lists.get(id);
    if (have) f.stations = have;
    else interned.lists.set(id, f.stations);
  }
  return p;
}

/** True when every station's days of a packed file are in ascending order (what is stored). */
function ascending(p: PackedDataset): boolean {
  for (const h of p.hourly) for (let i = 1; i < h.days.length; i++) if (h.days[i]! <= h.days[i - 1]!) return false;
  return true;
}

/**
 * Bytes of a packed file's hourly arrays (what `packedSizeBytes` gives for its Dataset), whether or not it
 * is kept with them: the measure of a file too large to save in the browser (its source bytes are stored too).
 */
function hourlyBytes(p: PackedDataset): number {
  let days = 0;
  for (const h of p.hourly) days += h.days.length;
  return days * (144 * 8 + 24 + 4);
}

/**
 * Files are kept without their hourly values (their station-daily values are what the merge reads,
 * mergePacked.ts): a file that shares a station-day with another loaded file gets them back here, read
 * again from its source (the dropped file, or the bytes stored with it), so that the merge joins those
 * days hour by hour. Run before the merge whenever files were added (a load, a restore).
 */
async function settleOverlaps(): Promise<void> {
  const names = [...state.files.keys()];
  for (const i of partsNeedingHourly([...state.files.values()])) {
    const name = names[i]!;
    if (!state.files.get(name)?.withoutHourlyValues) continue;
    const source = state.sources.get(name);
    const ds = source ? await ingestBlob(source, state.settings, () => false, () => {}, state.mappings.get(name)) : null;
    if (ds) {
      state.files.set(name, shared(packDataset(name, ds, 'as-read')));
    } else {
      // Not readable again: left out rather than merged without the hours it shares.
      state.files.delete(name);
      post({ type: 'error', message: 'the file shares station-days with another one and could not be read again', file: name });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Helper jobs (main side)
// ---------------------------------------------------------------------------------------------

interface HelperJob {
  helperId: number;
  onProgress: (bytesRead: number, rows: number) => void;
  resolve: (d: PackedDataset | null) => void;
  reject: (e: Error) => void;
}
const helperJobs = new Map<number, HelperJob>();
let nextJob = 1;

function onHelperMessage(event: MessageEvent<FromHelper>): void {
  const m = event.data;
  const job = helperJobs.get(m.jobId);
  if (!job) return;
  switch (m.type) {
    case 'job-progress':
      job.onProgress(m.bytesRead, m.rows);
      return;
    case 'job-done':
      helperJobs.delete(m.jobId);
      job.resolve(m.packed);
      return;
    case 'job-cancelled':
      helperJobs.delete(m.jobId);
      job.resolve(null);
      return;
    case 'job-error':
      helperJobs.delete(m.jobId);
      job.reject(new Error(m.message));
      return;
  }
}

/** Ingests a file in the helper worker; resolves to its packed Dataset (null when cancelled). */
function ingestInHelper(
  helperId: number,
  port: MessagePort,
  file: File,
  isCancelled: () => boolean,
  onProgress: (b: number, r: number) => void,
  columnMapping: ColumnMapping | undefined,
): Promise<PackedDataset | null> {
  const jobId = nextJob++;
  return new Promise<PackedDataset | null>((resolve, reject) => {
    helperJobs.set(jobId, { helperId, onProgress, resolve, reject });
    port.postMessage({ v: PROTOCOL_VERSION, type: 'ingest', jobId, file, settings: state.settings, ...(columnMapping ? { columnMapping } : {}) } satisfies ToHelper);
    // Forward a cancel of the batch to the helper (checked at the helper's next chunk).
    const poll = setInterval(() => {
      if (!helperJobs.has(jobId)) clearInterval(poll);
      else if (isCancelled()) {
        port.postMessage({ v: PROTOCOL_VERSION, type: 'cancel-job', jobId } satisfies ToHelper);
        clearInterval(poll);
      }
    }, 50);
  });
}

/**
 * A file's Dataset as the worker keeps it: packed (codec.ts, days as read) with its station-daily values and
 * without its hourly values (`settleOverlaps` reads them again where a merge needs them), as soon as it is read.
 */
function packedFile(file: File, ds: Dataset | null): PackedDataset | null {
  return ds ? packDataset(file.name, ds, 'as-read', { hourlyValues: false }) : null;
}

/** What the mapping check reads of a file (its summaries and issues). */
function summaryOf(p: PackedDataset): Dataset {
  return { ...emptyDataset(), files: p.files, issues: p.issues };
}

/** A helper died: its unfinished jobs fail over to this worker (see `loadFiles`). */
function helperLost(helperId: number): void {
  state.helpers.delete(helperId);
  for (const [id, job] of helperJobs) {
    if (job.helperId !== helperId) continue;
    helperJobs.delete(id);
    job.reject(new HelperLost());
  }
}

class HelperLost extends Error {
  constructor() {
    super('helper worker lost');
    this.name = 'HelperLost';
  }
}

// ---------------------------------------------------------------------------------------------
// Loading a batch
// ---------------------------------------------------------------------------------------------

/**
 * Loads a batch of files: this worker and each attached helper take the next file from
 * the queue. Files finished before a cancel are kept, the rest dropped; results are stored in the
 * order of the batch, a file under a name already loaded replaces it.
 */
async function loadFiles(files: File[], loadId: number): Promise<void> {
  const results: (PackedDataset | null | undefined)[] = files.map(() => undefined);
  const read = files.map(() => 0);
  const rowsOf = files.map(() => 0);
  const totalBytes = files.reduce((n, f) => n + f.size, 0);
  const isCancelled = (): boolean => state.cancelled.has(loadId);
  let filesDone = 0;
  let lastFile = files[0]?.name ?? '';
  let lastPost = 0;
  const progress = (force: boolean): void => {
    const now = performance.now();
    if (!force && now - lastPost < PROGRESS_INTERVAL_MS) return;
    lastPost = now;
    post({
      type: 'progress', loadId, file: lastFile, filesDone, fileCount: files.length,
      bytesRead: read.reduce((a, b) => a + b, 0), totalBytes, rows: rowsOf.reduce((a, b) => a + b, 0),
    });
  };
  const progressOf = (i: number) => (bytes: number, rows: number): void => {
    read[i] = bytes;
    rowsOf[i] = rows;
    lastFile = files[i]?.name ?? lastFile;
    progress(false);
  };
  progress(true);

  let next = 0;
  const take = (): number | null => (isCancelled() || next >= files.length ? null : next++);
  const settle = (i: number, ds: PackedDataset | null): void => {
    results[i] = ds;
    if (ds) filesDone++;
  };
  const local = async (): Promise<void> => {
    for (let i = take(); i !== null; i = take()) {
      const file = files[i]!;
      try {
        settle(i, packedFile(file, await ingestBlob(file, state.settings, isCancelled, progressOf(i), state.mappings.get(file.name))));
      } catch (e) {
        results[i] = null;
        post({ type: 'error', message: errorText(e), file: file.name });
      }
    }
  };
  const remote = async (helperId: number, port: MessagePort): Promise<void> => {
    for (let i = take(); i !== null; i = take()) {
      const file = files[i]!;
      try {
        settle(i, await ingestInHelper(helperId, port, file, isCancelled, progressOf(i), state.mappings.get(file.name)));
      } catch (e) {
        if (e instanceof HelperLost) {
          // Read it here instead; the local runner picks up the rest of the queue.
          try {
            settle(i, packedFile(file, await ingestBlob(file, state.settings, isCancelled, progressOf(i), state.mappings.get(file.name))));
          } catch (e2) {
            results[i] = null;
            post({ type: 'error', message: errorText(e2), file: file.name });
          }
          return;
        }
        results[i] = null;
        post({ type: 'error', message: errorText(e), file: file.name });
      }
    }
  };
  const helpers = [...state.helpers].slice(0, Math.max(0, files.length - 1));
  await Promise.all([local(), ...helpers.map(([id, port]) => remote(id, port))]);

  const mappable = await offerMappings(files, results, isCancelled, progressOf);

  const cancelled = isCancelled();
  state.cancelled.delete(loadId);
  const loaded: string[] = [];
  const replacingDemo = state.files.size === 0;
  for (const [i, ds] of results.entries()) {
    if (!ds) continue;
    const name = files[i]!.name;
    const before = state.files.get(name);
    if (before && ds.files.every((f) => f.rejected) && !before.files.every((f) => f.rejected)) {
      // A refused file (empty, binary, cut short…) never replaces good data of the same name:
      // the earlier file stays loaded and the user is told why the new one was not used.
      const why = ds.issues.find((x) => x.severity === 'error')?.message ?? bilingual('fileUnreadable');
      post({ type: 'file-refused', file: name, reason: why, keptEarlier: true });
      continue;
    }
    state.files.delete(name); // re-inserted at the end: the latest drop comes last
    state.files.set(name, shared(ds));
    state.sources.set(name, files[i]!);
    loaded.push(name);
  }
  if (loaded.length > 0) {
    state.merged = null;
    if (replacingDemo) {
      // Different data altogether: let the core choose the area and the latest year again.
      state.area = null;
      state.year = null;
    }
  }
  if (loaded.length > 0) await settleOverlaps();
  progress(true);
  post({ type: 'load-done', loadId, cancelled, files: loaded });
  if (loaded.length > 0) recompute();
  if (loaded.length > 0) persist(loaded);
  for (const m of mappable) post(m);
}

/**
 * Files of the batch refused because their columns were not recognised: each is read again with a
 * mapping the user gave for a file of the same shape earlier in the session (`results[i]` replaced),
 * and the page gets its preview for the mapping dialog (returned, posted after the batch's model).
 */
async function offerMappings(
  files: File[],
  results: (PackedDataset | null | undefined)[],
  isCancelled: () => boolean,
  progressOf: (i: number) => (bytes: number, rows: number) => void,
): Promise<Body<FromWorker>[]> {
  const out: Body<FromWorker>[] = [];
  for (const [i, ds] of results.entries()) {
    if (!ds || !needsColumnMapping(summaryOf(ds)) || isCancelled()) continue;
    const file = files[i]!;
    const head = new Uint8Array(await file.slice(0, PREVIEW_BYTES).arrayBuffer());
    const preview = columnPreview(head, file.size <= PREVIEW_BYTES, PREVIEW_ROWS);
    if (!preview) continue;
    const remembered = state.shapeMappings.get(preview.shape) ?? null;
    if (remembered) {
      const again = packedFile(file, await ingestBlob(file, state.settings, isCancelled, progressOf(i), remembered));
      if (again) {
        results[i] = again;
        state.mappings.set(file.name, remembered);
      }
    }
    out.push({ type: 'mappable-file', file: file.name, applied: remembered, ...preview });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Message handling
// ---------------------------------------------------------------------------------------------

/**
 * Stores the newly loaded files (packed Dataset and bytes) and forgets the ones no longer loaded
 * (storage.ts), then tells the page what was stored.
 */
function persist(names: string[]): void {
  const skipped: { name: string; megabytes: number }[] = [];
  const put: PendingFile[] = [];
  for (const n of names) {
    const p = state.files.get(n);
    if (!p) continue;
    const bytes = hourlyBytes(p);
    if (bytes > PERSIST_MAX_BYTES) {
      state.notSaved.add(n);
      skipped.push({ name: n, megabytes: Math.round(bytes / 2 ** 20) });
      continue;
    }
    state.notSaved.delete(n);
    // Packed when its batch is written (storage.ts), not all at once: a national year packed whole
    // would double the worker's memory. Removed or replaced meanwhile: not stored (a later save is).
    // Stored with each station's days ascending (codec.ts), as before: as it is when they are (a daily
    // file, most files), else packed again in that order.
    put.push(() => (state.files.get(n) === p
      ? { packed: p.withoutHourlyValues || ascending(p) ? p : packDataset(n, unpackTransferred(p).dataset), bytes: state.sources.get(n) ?? null }
      : null));
  }
  // The stored manifest names only files that are stored, so a reload restores all of them or none.
  const keep = (): string[] => [...state.files.keys()].filter((n) => !state.notSaved.has(n));
  storeFiles(put, keep).then(
    (files) => post({ type: 'storage', event: { kind: 'saved', files, skipped } }),
    (e: unknown) => post({ type: 'storage', event: { kind: 'failed', reason: e instanceof Error ? e.message : String(e) } }),
  );
}

/**
 * Takes back the files stored last time: all or none (a record that cannot be read drops them all
 * and empties the store). Their bytes become the files' sources, read again when the CO unit changes.
 */
async function restore(): Promise<void> {
  const r = await loadStoredFiles();
  if (r.status === 'reset') {
    post({ type: 'storage', event: { kind: 'reset', reason: r.reason, atStart: true } });
    post({ type: 'storage', event: { kind: 'restored', files: 0 } });
    return;
  }
  if (r.status === 'empty') {
    post({ type: 'storage', event: { kind: 'restored', files: 0 } });
    return;
  }
  try {
    // Each record checked as a whole (unpacking throws on anything malformed), then kept packed as read.
    const files = r.files.map((f) => ({ name: checkPacked(f.packed).name, packed: f.packed, bytes: f.bytes }));
    for (const f of files) {
      state.files.set(f.name, shared(f.packed));
      if (f.bytes) state.sources.set(f.name, new File([f.bytes], f.name));
    }
    await settleOverlaps();
    state.merged = null;
    post({ type: 'storage', event: { kind: 'restored', files: files.length } });
  } catch (e) {
    state.files.clear();
    state.sources.clear();
    await clearStoredFiles().catch(() => undefined);
    post({ type: 'storage', event: { kind: 'reset', reason: errorText(e), atStart: false } });
    post({ type: 'storage', event: { kind: 'restored', files: 0 } });
  }
}

let queue: Promise<void> = Promise.resolve();
/** Tasks queued and not finished (liveness: a busy worker may be silent longer, liveness.ts). */
let running = 0;
/** Runs tasks one after another (a load must finish before the next message changes the state). */
function enqueue(task: () => void | Promise<void>): void {
  running++;
  // Said before the task starts: a long synchronous computation cannot post heartbeats.
  if (watching) post({ type: 'alive', busy: true });
  queue = queue.then(task).catch((e: unknown) => post({ type: 'error', message: errorText(e) })).finally(() => {
    running--;
    if (watching) post({ type: 'alive', busy: running > 0 });
  });
}

let watching = false;
/** Liveness (liveness.ts): holds the page's lock while this worker lives, and beats every second. */
function watch(lock: string): void {
  if (watching) return;
  watching = true;
  setInterval(() => post({ type: 'alive', busy: running > 0 }), HEARTBEAT_MS);
  const locks = (self.navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks) {
    post({ type: 'watching', lock: null });
    return;
  }
  // Granted at once (nobody else has it): say so from inside, then never let go.
  locks.request(lock, () => {
    post({ type: 'watching', lock });
    return new Promise<never>(() => {});
  }).catch(() => post({ type: 'watching', lock: null }));
}

/** Helper role: ingest jobs from the main worker, one at a time. */
function serveAsHelper(port: MessagePort): void {
  const cancelledJobs = new Set<number>();
  let jobs: Promise<void> = Promise.resolve();
  const reply = (m: Body<FromHelper>): void => port.postMessage({ v: PROTOCOL_VERSION, ...m } as FromHelper);
  port.onmessage = (event: MessageEvent<ToHelper>) => {
    const m = event.data;
    if (m.type === 'cancel-job') {
      cancelledJobs.add(m.jobId);
      return;
    }
    jobs = jobs.then(async () => {
      const isCancelled = (): boolean => cancelledJobs.has(m.jobId);
      let last = 0;
      try {
        const ds = await ingestBlob(m.file, m.settings, isCancelled, (bytesRead, rows) => {
          const now = performance.now();
          if (now - last < PROGRESS_INTERVAL_MS && bytesRead < m.file.size) return;
          last = now;
          reply({ type: 'job-progress', jobId: m.jobId, bytesRead, rows });
        }, m.columnMapping);
        if (!ds) reply({ type: 'job-cancelled', jobId: m.jobId });
        else {
          // Moved, not copied: the station-days as three transferred arrays (codec.ts, days as read).
          const packed = packDataset(m.file.name, ds, 'as-read', { hourlyValues: false });
          port.postMessage({ v: PROTOCOL_VERSION, type: 'job-done', jobId: m.jobId, packed } satisfies FromHelper, packedBuffers(packed));
        }
      } catch (e) {
        reply({ type: 'job-error', jobId: m.jobId, message: errorText(e) });
      } finally {
        cancelledJobs.delete(m.jobId);
      }
    });
  };
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  if (m?.v !== PROTOCOL_VERSION) {
    post({ type: 'error', message: `protocol version ${String(m?.v)} is not ${PROTOCOL_VERSION}` });
    return;
  }
  switch (m.type) {
    case 'serve-as-helper':
      serveAsHelper(m.port);
      return;
    case 'attach-helper':
      state.helpers.set(m.helperId, m.port);
      m.port.onmessage = onHelperMessage;
      return;
    case 'helper-lost':
      helperLost(m.helperId);
      return;
    case 'watch':
      watch(m.lock);
      return;
    case 'cancel':
      // Handled at once (not queued): the running load checks this set between chunks.
      state.cancelled.add(m.loadId);
      return;
    case 'init':
      // Generates the simulated demo (the data on show until the user loads files).
      enqueue(async () => {
        state.settings = m.settings;
        state.targets = m.targets ?? builtinTargetSet();
        state.demoWanted = true;
        await restore();
        recompute();
      });
      return;
    case 'load-files':
      enqueue(() => {
        // A file dropped again is read afresh (a new file of the same name may have a header).
        for (const f of m.files) state.mappings.delete(f.name);
        return loadFiles(m.files, m.loadId);
      });
      return;
    case 'apply-mapping':
      enqueue(async () => {
        state.shapeMappings.set(m.shape, m.mapping);
        const files: File[] = [];
        for (const name of m.files) {
          const file = state.sources.get(name);
          if (!file) continue; // restored from storage: no File to read again
          state.mappings.set(name, m.mapping);
          files.push(file);
        }
        await loadFiles(files, m.loadId);
      });
      return;
    case 'remove-file':
    case 'remove-files':
      enqueue(() => {
        let removed = false;
        for (const name of m.type === 'remove-file' ? [m.name] : m.names) {
          state.sources.delete(name);
          state.mappings.delete(name);
          if (state.files.delete(name)) removed = true;
        }
        if (removed) {
          state.merged = null;
          if (state.files.size === 0) {
            state.area = null;
            state.year = null;
          }
          recompute();
          persist([]);
        }
      });
      return;
    case 'clear':
      enqueue(() => {
        state.files.clear();
        state.sources.clear();
        state.mappings.clear();
        state.merged = null;
        state.demo = null;
        state.demoWanted = false;
        state.area = null;
        state.year = null;
        recompute();
        persist([]);
      });
      return;
    case 'set-view':
      enqueue(() => {
        state.area = m.area;
        state.year = m.year;
        if (m.rankingPeriod !== undefined) state.rankingPeriod = m.rankingPeriod;
        recompute();
      });
      return;
    case 'set-settings':
      enqueue(async () => {
        const reread = m.settings.coUnit !== state.settings.coUnit && state.sources.size > 0;
        state.settings = m.settings;
        // The CO unit is applied while reading: read the loaded files again (loadId 0 = internal),
        // restored ones from their stored bytes. A restored file without bytes keeps its values, and
        // the model's `restored` list lets the page say so beside the setting.
        if (reread) await loadFiles([...state.sources.values()], 0);
        else recompute();
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
