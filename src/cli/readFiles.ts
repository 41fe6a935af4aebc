/**
 * Reads the CLI's input files, in parallel on the machine's cores: each reading thread
 * (`worker_threads`, this same module) streams whole files through the ingest core and hands back
 * the one-file Dataset packed into transferable typed arrays (`packDataset`, days in the order
 * read). Results are taken in file order whatever thread finishes first, so the merged Dataset, the
 * report and the progress lines never depend on timing. One file, one core, or threads that cannot
 * start (a loader they do not inherit): the files are read here, one after the other, the same way.
 */
import { availableParallelism } from 'node:os';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Dataset, Settings } from '../domain/types.ts';
import { createStreamingIngest } from '../domain/ingest/ingestFile.ts';
import type { ColumnMapping } from '../domain/ingest/ingestFile.ts';
import { needsColumnMapping } from '../domain/ingest/columnMapping.ts';
import { packDataset, packedBuffers, unpackDataset } from '../domain/persist/codec.ts';
import type { PackedDataset } from '../domain/persist/codec.ts';

/** A file read (`remapped`: read again with the `--columns` mapping), or why it could not be. */
export type FileResult = { file: string; dataset: Dataset; remapped: boolean } | { file: string; error: string };

/** One read buffer per thread: the ingest copies what it keeps, so the buffer is reused. */
let readBuffer: Uint8Array | null = null;

/**
 * Streams one file through the ingest core in 1 MiB chunks, read into one reused buffer rather
 * than a fresh 1 MiB Buffer per chunk (a read stream's), which only the GC would free.
 */
export async function ingestFile(file: string, settings: Settings, columnMapping?: ColumnMapping): Promise<Dataset> {
  const fh = await open(file, 'r');
  try {
    const size = (await fh.stat()).size;
    const ingest = createStreamingIngest(path.basename(file), size, { settings, ...(columnMapping ? { columnMapping } : {}) });
    readBuffer ??= new Uint8Array(1 << 20);
    for (;;) {
      const { bytesRead } = await fh.read(readBuffer, 0, readBuffer.length, null);
      if (bytesRead === 0) break;
      ingest.push(readBuffer.subarray(0, bytesRead));
    }
    return ingest.finish();
  } finally {
    await fh.close();
  }
}

/**
 * One file as the CLI reads it: a file whose layout is not recognised by itself (refused at its
 * first rows) is read again with the `--columns` mapping when there is one.
 */
async function readOne(file: string, settings: Settings, columns: ColumnMapping | undefined): Promise<{ dataset: Dataset; remapped: boolean }> {
  const ds = await ingestFile(file, settings);
  if (!columns || !needsColumnMapping(ds)) return { dataset: ds, remapped: false };
  return { dataset: await ingestFile(file, settings, columns), remapped: true };
}

async function readHere(file: string, settings: Settings, columns: ColumnMapping | undefined): Promise<FileResult> {
  try {
    return { file, ...(await readOne(file, settings, columns)) };
  } catch (e) {
    return { file, error: e instanceof Error ? e.message : String(e) };
  }
}

interface Job { index: number; file: string; settings: Settings; columns: ColumnMapping | undefined }
type Reply = { index: number; packed: PackedDataset; remapped: boolean } | { index: number; error: string };

const THREAD_TAG = 'lantian-cli-reader';

/** Threads to use: one per core (at most one per file); 1 means no thread at all. */
function threadCount(files: number): number {
  const env = Number(process.env.LANTIAN_CLI_THREADS);
  const cores = Number.isInteger(env) && env > 0 ? env : availableParallelism();
  return Math.min(cores, files);
}

/**
 * Reads `files` and calls `onFile` for each in file order (as soon as it and all before it are
 * read); resolves to the results in file order.
 */
export async function readFiles(files: string[], settings: Settings, columns: ColumnMapping | undefined, onFile: (r: FileResult) => void): Promise<FileResult[]> {
  const n = threadCount(files.length);
  if (n > 1) {
    const res = await readInThreads(files, settings, columns, n, onFile).catch(() => null);
    if (res) return res;
  }
  const out: FileResult[] = [];
  for (const f of files) {
    const r = await readHere(f, settings, columns);
    onFile(r);
    out.push(r);
  }
  return out;
}

/**
 * What a reading thread runs: this module. Run from the TypeScript source (`node --import tsx`, as
 * the tests do), a thread's entry point does not get the loader of `--import`: the thread registers
 * tsx first, then imports this module.
 */
function threadEntry(): { script: string | URL; evaluate: boolean } {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return { script: new URL(self), evaluate: false };
  const api = import.meta.resolve('tsx/esm/api');
  return { script: `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(self)}); })`, evaluate: true };
}

/** Resolves null when a thread fails to start (nothing reported yet): the caller reads in place. */
function readInThreads(files: string[], settings: Settings, columns: ColumnMapping | undefined, n: number, onFile: (r: FileResult) => void): Promise<FileResult[] | null> {
  return new Promise((resolve) => {
    const results: (FileResult | undefined)[] = new Array(files.length);
    const workers: Worker[] = [];
    let next = 0, reported = 0, failed = false;
    const stop = () => { for (const w of workers) void w.terminate(); };
    const give = (w: Worker) => {
      if (next < files.length) {
        const job: Job = { index: next, file: files[next]!, settings, columns };
        next++;
        w.postMessage(job);
      }
    };
    for (let k = 0; k < n; k++) {
      const entry = threadEntry();
      const w = new Worker(entry.script, { eval: entry.evaluate, workerData: { tag: THREAD_TAG } });
      workers.push(w);
      w.on('message', (m: Reply) => {
        const file = files[m.index]!;
        results[m.index] = 'packed' in m ? { file, dataset: unpackDataset(m.packed).dataset, remapped: m.remapped } : { file, error: m.error };
        while (reported < files.length && results[reported]) onFile(results[reported++]!);
        if (reported === files.length) { stop(); resolve(results as FileResult[]); return; }
        give(w);
      });
      w.on('error', () => {
        if (failed) return;
        failed = true;
        stop();
        // Started but broken: read everything again here (nothing was reported yet), or give up.
        if (reported === 0) resolve(null);
        else resolve(finishHere(files, settings, columns, results, reported, onFile));
      });
      give(w);
    }
  });
}

/** Reads the files from `from` on in place, after a thread broke. */
async function finishHere(files: string[], settings: Settings, columns: ColumnMapping | undefined, results: (FileResult | undefined)[], from: number, onFile: (r: FileResult) => void): Promise<FileResult[]> {
  for (let i = from; i < files.length; i++) {
    const r = await readHere(files[i]!, settings, columns);
    results[i] = r;
    onFile(r);
  }
  return results as FileResult[];
}

// A reading thread: files in, packed Datasets out.
if (!isMainThread && parentPort && (workerData as { tag?: string } | null)?.tag === THREAD_TAG) {
  const port = parentPort;
  port.on('message', (job: Job) => {
    readOne(job.file, job.settings, job.columns).then(
      ({ dataset, remapped }) => {
        const packed = packDataset(path.basename(job.file), dataset, 'as-read');
        port.postMessage({ index: job.index, packed, remapped } satisfies Reply, packedBuffers(packed));
      },
      (e: unknown) => port.postMessage({ index: job.index, error: e instanceof Error ? e.message : String(e) } satisfies Reply),
    );
  });
}
