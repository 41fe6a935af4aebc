/**
 * Messages between the page and the Lantian worker. Versioned discriminated unions: every message
 * carries `v: PROTOCOL_VERSION`; a message of another version is answered with an `error`.
 * Everything here is structured-clone safe (File objects are cloned by reference to the blob).
 */
import type { Settings } from '../domain/types.ts';
import type { DashboardModel, TargetSet } from './core.ts';

export const PROTOCOL_VERSION = 1 as const;
type V = { v: typeof PROTOCOL_VERSION };

/** Page → worker. */
export type ToWorker = V &
  (
    /** First message: the saved settings and targets (null = the built-in Taiyuan 2021 set). */
    | { type: 'init'; settings: Settings; targets: TargetSet | null }
    | { type: 'load-files'; loadId: number; files: File[] }
    | { type: 'cancel'; loadId: number }
    | { type: 'remove-file'; name: string }
    | { type: 'clear' }
    | { type: 'set-view'; area: string | null; year: number | null }
    | { type: 'set-settings'; settings: Settings }
    | { type: 'set-targets'; targets: TargetSet }
  );

/** Where the data on show came from: the built-in simulated demo, or files the user loaded. */
export type DataSource = 'demo' | 'files' | 'none';

/** Worker → page. */
export type FromWorker = V &
  (
    | { type: 'ready' }
    | {
        type: 'progress';
        loadId: number;
        file: string;
        fileIndex: number;
        fileCount: number;
        bytesRead: number;
        totalBytes: number;
        rows: number;
      }
    | { type: 'load-done'; loadId: number; cancelled: boolean; files: string[] }
    | { type: 'model'; model: DashboardModel; source: DataSource; computeMs: number; seq: number }
    | { type: 'error'; message: string; file?: string }
  );

/** A message without its version field (what senders write; `post` adds `v`). */
export type Body<T> = T extends unknown ? Omit<T, 'v'> : never;
