/**
 * Reads the CLI's input files, in parallel on the machine's idle cores: this thread and one reading
 * thread (`worker_threads`, this same module) per further idle core each take the next file, stream it
 * whole through the ingest core and computes its station-daily values (HJ 663 §6.1.2), and hands back
 * the one-file Dataset packed without its hourly values (`packDataset`, days in the order read): the
 * merge (`mergePackedFiles`) needs only those, and a national year's hourly values are never held
 * together. The few files holding a station-day another file holds too are read again with their hourly
 * values (`readWithHourly`), for their hours to be merged.
 * Results are taken in file order whatever reader finishes first, so the merged Dataset, the report
 * and the progress lines never depend on timing. One file or no idle core: no thread; a thread that
 * breaks or cannot start hands its file back to this thread.
 */
import { availableParallelism, loadavg } from 'node:os';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Dataset, Settings } from '../domain/types.ts';
import { createStreamingIngest } from '../domain/ingest/ingestFile.ts';
import type { ColumnMapping } from '../domain/ingest/ingestFile.ts';
import { needsColumnMapping } from '../domain/ingest/columnMapping.ts';
import { packDataset, packedBuffers } from '../domain/persist/codec.ts';
import type { PackedDataset } from '../domain/persist/codec.ts';

/** A file read (`remapped`: read again with the `--columns` mapping), or why it could not be. */
export type FileResult = { file: string; packed: PackedDataset; remapped: boolean } | { file: string; error: string };

/** One read buffer per thread: the ingest copies what it keeps, so the buffer is reused. */
let readBuffer: Uint8Array | null = null;

/**
 * Streams one file through the ingest core in 1 MiB chunks, read into one reused buffer rather
 * than a fresh 1 MiB Buffer per chunk (a read stream's), which only the GC would free.
 */
export async function ingestPath(file: string, settings: Settings, columnMapping?: ColumnMapping): Promise<Dataset> {
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
  const ds = await ingestPath(file, settings);
  if (!columns || !needsColumnMapping(ds)) return { dataset: ds, remapped: false };
  return { dataset: await ingestPath(file, settings, columns), remapped: true };
}

/** One file read and packed: without its hourly values, or with them (`hourlyValues`). */
async function readPacked(file: string, settings: Settings, columns: ColumnMapping | undefined, hourlyValues: boolean): Promise<{ packed: PackedDataset; remapped: boolean }> {
  const { dataset, remapped } = await readOne(file, settings, columns);
  return { packed: packDataset(path.basename(file), dataset, 'as-read', { hourlyValues }), remapped };
}

/** A file read again with its hourly values, for a merge of the station-days it shares with another file. */
export async function readWithHourly(file: string, settings: Settings, columns: ColumnMapping | undefined): Promise<PackedDataset> {
  return (await readPacked(file, settings, columns, true)).packed;
}

async function readHere(file: string, settings: Settings, columns: ColumnMapping | undefined): Promise<FileResult> {
  try {
    return { file, ...(await readPacked(file, settings, columns, false)) };
  } catch (e) {
    return { file, error: e instanceof Error ? e.message : String(e) };
  }
}

interface Job { index: number; file: string; settings: Settings; columns: ColumnMapping | undefined }
type Reply = { index: number; packed: PackedDataset; remapped: boolean } | { index: number; error: string };

const THREAD_TAG = 'lantian-cli-reader';

/**
 * Readers: one per idle core (at most one per file), this thread one of them; 1 means no thread at
 * all. A thread costs CPU of its own (its isolate, compiling the ingest again, packing): on cores
 * busy with other work (the 1-minute load average) it only slows the whole down. LANTIAN_CLI_THREADS
 * sets the number of readers. Either way the results are the same.
 */
function threadCount(files: number): number {
  const env = Number(process.env.LANTIAN_CLI_THREADS);
  const idle = availableParallelism() - Math.round(loadavg()[0] ?? 0);
  const readers = Number.isInteger(env) && env > 0 ? env : Math.max(1, idle);
  return Math.min(readers, files);
}

/**
 * Reads `files` and calls `onFile` for each in file order (as soon as it and all before it are
 * read); resolves to the results in file order.
 */
export async function readFiles(files: string[], settings: Settings, columns: ColumnMapping | undefined, onFile: (r: FileResult) => void): Promise<FileResult[]> {
  const n = threadCount(files.length);
  if (n > 1) return readInThreads(files, settings, columns, n - 1, onFile);
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

/**
 * Reads the files with `threads` reading threads and this thread, each taking the next file when
 * done. Results are reported in file order. A thread that breaks (or cannot start) hands its file
 * back: this thread reads it.
 */
function readInThreads(files: string[], settings: Settings, columns: ColumnMapping | undefined, threads: number, onFile: (r: FileResult) => void): Promise<FileResult[]> {
  return new Promise((resolve) => {
    const results: (FileResult | undefined)[] = new Array(files.length);
    const workers: Worker[] = [];
    const handedBack: number[] = [];
    let next = 0, reported = 0, busyHere = false;
    const take = (): number => (handedBack.length > 0 ? handedBack.shift()! : next < files.length ? next++ : -1);
    const settle = (i: number, r: FileResult) => {
      results[i] = r;
      while (reported < files.length && results[reported]) onFile(results[reported++]!);
      if (reported === files.length) {
        for (const w of workers) void w.terminate();
        resolve(results as FileResult[]);
      }
    };
    const readHereLoop = async () => {
      if (busyHere) return;
      busyHere = true;
      for (let i = take(); i >= 0; i = take()) settle(i, await readHere(files[i]!, settings, columns));
      busyHere = false;
    };
    for (let k = 0; k < threads; k++) {
      let w: Worker;
      try {
        const entry = threadEntry();
        w = new Worker(entry.script, { eval: entry.evaluate, workerData: { tag: THREAD_TAG } });
      } catch {
        continue; // no thread: this thread reads its share
      }
      workers.push(w);
      let current = -1;
      const give = () => {
        current = next < files.length ? next++ : -1;
        if (current >= 0) w.postMessage({ index: current, file: files[current]!, settings, columns } satisfies Job);
      };
      const broken = () => {
        if (current >= 0) handedBack.push(current);
        current = -1;
        void readHereLoop();
      };
      w.on('message', (m: Reply) => {
        const file = files[m.index]!;
        current = -1;
        give();
        settle(m.index, 'packed' in m ? { file, packed: m.packed, remapped: m.remapped } : { file, error: m.error });
      });
      w.on('error', broken);
      w.on('exit', broken);
      give();
    }
    void readHereLoop();
  });
}

// A reading thread: files in, packed Datasets out.
if (!isMainThread && parentPort && (workerData as { tag?: string } | null)?.tag === THREAD_TAG) {
  const port = parentPort;
  port.on('message', (job: Job) => {
    readPacked(job.file, job.settings, job.columns, false).then(
      ({ packed, remapped }) => {
        port.postMessage({ index: job.index, packed, remapped } satisfies Reply, packedBuffers(packed));
      },
      (e: unknown) => port.postMessage({ index: job.index, error: e instanceof Error ? e.message : String(e) } satisfies Reply),
    );
  });
}
