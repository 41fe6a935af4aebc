/**
 * Messages between the page and the Lantian worker. Versioned discriminated unions: every message
 * carries `v: PROTOCOL_VERSION`; a message of another version is answered with an `error`.
 * Everything here is structured-clone safe (File objects are cloned by reference to the blob).
 */
import type { FileSummary, Issue, Message, Settings } from '../domain/types.ts';
import type { DashboardModel } from '../domain/report/dashboard.ts';
import type { TargetSet } from '../domain/targets/types.ts';
import type { ColumnMapping } from '../domain/ingest/ingestFile.ts';
import type { ColumnPreview } from '../domain/ingest/columnPreview.ts';
import type { RankingPeriodChoice } from '../domain/report/datasetIndex.ts';
import type { PackedDataset } from '../domain/persist/codec.ts';

export const PROTOCOL_VERSION = 1 as const;
type V = { v: typeof PROTOCOL_VERSION };

/** Page → worker. */
export type ToWorker = V &
  (
    /**
     * First message: the saved settings and targets (null = the built-in Taiyuan 2021 set). The worker
     * then restores the files it stored in IndexedDB (storage.ts), shown instead of the demo.
     */
    | { type: 'init'; settings: Settings; targets: TargetSet | null }
    | { type: 'load-files'; loadId: number; files: File[] }
    /**
     * Reads loaded files again with a column mapping the user gave (the page's mapping dialog);
     * the mapping is kept for them, and for files of the same `shape` loaded later in the session.
     */
    | { type: 'apply-mapping'; loadId: number; files: string[]; mapping: ColumnMapping; shape: string }
    | { type: 'cancel'; loadId: number }
    | { type: 'remove-file'; name: string }
    /** Removes several files at once (a group of daily files), with one recompute. */
    | { type: 'remove-files'; names: string[] }
    | { type: 'clear' }
    /** `rankingPeriod` absent: the ranking keeps its period. */
    | { type: 'set-view'; area: string | null; year: number | null; rankingPeriod?: RankingPeriodChoice }
    | { type: 'set-settings'; settings: Settings }
    | { type: 'set-targets'; targets: TargetSet }
    /** To the main worker: a port to a second worker that ingests files in parallel. */
    | { type: 'attach-helper'; helperId: number; port: MessagePort }
    /** To the main worker: a helper died; its jobs go back to the queue. */
    | { type: 'helper-lost'; helperId: number }
    /** To a second worker: serve ingest jobs of the main worker on `port` (no demo, no model). */
    | { type: 'serve-as-helper'; port: MessagePort }
    /**
     * Liveness (liveness.ts): hold the Web Lock `lock` for as long as the worker lives, and post
     * `alive` heartbeats. Answered by `watching`.
     */
    | { type: 'watch'; lock: string }
  );

/** Main worker → helper worker (over the attached port). */
export type ToHelper = V &
  (
    | { type: 'ingest'; jobId: number; file: File; settings: Settings; columnMapping?: ColumnMapping }
    | { type: 'cancel-job'; jobId: number }
  );

/** Helper worker → main worker. */
export type FromHelper = V &
  (
    | { type: 'job-progress'; jobId: number; bytesRead: number; rows: number }
    /** The file's Dataset packed with its days as read (codec.ts), its arrays transferred: no copy. */
    | { type: 'job-done'; jobId: number; packed: PackedDataset }
    | { type: 'job-cancelled'; jobId: number }
    | { type: 'job-error'; jobId: number; message: string }
  );

/** Where the data on show came from: the built-in simulated demo, or files the user loaded. */
export type DataSource = 'demo' | 'files' | 'none';

/** Worker → page. */
export type FromWorker = V &
  (
    | { type: 'ready' }
    | {
        /** Progress of a whole batch of files (read in parallel when a helper worker is attached). */
        type: 'progress';
        loadId: number;
        /** The file that progressed last. */
        file: string;
        filesDone: number;
        fileCount: number;
        bytesRead: number;
        totalBytes: number;
        rows: number;
      }
    | { type: 'load-done'; loadId: number; cancelled: boolean; files: string[] }
    | {
        type: 'model'; model: DashboardModel; source: DataSource; computeMs: number; seq: number;
        /**
         * The model's `files` and `issues` (what the data are, not the view of them: a national year has
         * 365 files and tens of thousands of issues) travel only with the first model of new data. In a
         * model without `data` they are empty and the client puts back the last ones it was sent, the
         * same arrays (createLantianClient): a switch of area, year or period clones the view alone.
         */
        data?: { files: FileSummary[]; issues: Issue[] };
        /**
         * Loaded files restored from browser storage without their bytes (stored before the bytes were
         * kept): a change of an ingest setting (the CO unit) cannot re-read them; they keep the values
         * read last time.
         */
        restored: string[];
      }
    | { type: 'error'; message: string; file?: string }
    /**
     * A file that was read but refused (empty, binary, cut short, no known format…) and not loaded;
     * `keptEarlier`: a file of the same name already loaded stays as it was. Not a worker failure.
     */
    | { type: 'file-refused'; file: string; reason: Message; keptEarlier: boolean }
    /** What the worker's storage did (it reads and writes IndexedDB itself; the page only reports). */
    | { type: 'storage'; event: StorageEvent }
    /**
     * A loaded file whose columns the detector could not recognise (no header and no known layout,
     * or unknown header names): what the page's mapping dialog shows. `applied`: the mapping it was
     * read with, remembered from a file of the same shape (null: it waits for the user's).
     */
    | ({ type: 'mappable-file'; file: string; applied: ColumnMapping | null } & ColumnPreview)
    /** Liveness: the lock the worker now holds (null: Web Locks unavailable in the worker). */
    | { type: 'watching'; lock: string | null }
    /** Liveness heartbeat (every second while a timer can run); `busy`: a task is running. */
    | { type: 'alive'; busy: boolean }
  );

/** A storage event: the page shows notes and marks from these, and touches no stored dataset. */
export type StorageEvent =
  /** At start: how many stored files were restored (0: none stored). */
  | { kind: 'restored'; files: number }
  /** After a change: how many files are stored now, and the loaded ones too large to store. */
  | { kind: 'saved'; files: number; skipped: { name: string; megabytes: number }[] }
  /** What was stored could not be read: it was cleared (at start, or when unpacking failed). */
  | { kind: 'reset'; reason: string; atStart: boolean }
  /** Writing failed (quota, storage disabled): the data stay loaded for this session only. */
  | { kind: 'failed'; reason: string };

/** A message without its version field (what senders write; `post` adds `v`). */
export type Body<T> = T extends unknown ? Omit<T, 'v'> : never;
