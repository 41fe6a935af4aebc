/**
 * The options of one file's ingest and the column mapping of header-less daily tables (the public
 * types of `ingestFile.ts`, which re-exports them).
 */
import type { Settings } from '../types.ts';

/** Meaning of one column of a header-less daily table. */
export type DailyField =
  | 'date' | 'area' | 'aqi' | 'category' | 'primary'
  | 'SO2' | 'NO2' | 'PM10' | 'PM2.5' | 'CO' | 'O3_8h' | 'O3_1h' | 'ignore';

/** Header-less daily tables: column index → field. */
export interface ColumnMapping {
  [column: number]: DailyField;
}

export interface IngestOptions {
  settings: Settings;
  /** User mapping for header-less daily tables. */
  columnMapping?: ColumnMapping;
  onProgress?: (p: { bytesRead: number; totalBytes: number; rows: number }) => void;
  /** Checked between chunks; when true, `push` throws IngestCancelled. */
  shouldCancel?: () => boolean;
  /** Characters of complete records to collect before parsing a batch (default 1 Mi; tests use 1). */
  batchChars?: number;
  /**
   * 'papaparse' parses every batch with papaparse, as before the in-place reader of plain batches
   * existed (tests compare the two; default 'auto').
   */
  parser?: 'auto' | 'papaparse';
}

export class IngestCancelled extends Error {
  constructor() {
    super('ingest cancelled');
    this.name = 'IngestCancelled';
  }
}
