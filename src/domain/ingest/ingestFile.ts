/**
 * One input file → a one-file Dataset: the public entry of ingest. The work is split by stage —
 * `recordStream.ts` (bytes → complete records: encoding, line endings, quotes), `detect.ts` (which
 * format: header, header-less layouts, column mapping), `formats/` (one file per format),
 * `context.ts` (shared cell readers and reports), `hourlyStore.ts` + `stationDay.ts` (the 24×6
 * station-day), `coUnit.ts` (the CO unit) — and `reader.ts` ties them together.
 *
 * Storage follows `types.ts`: hourly values at `values[hour * 6 + POLLUTANT_INDEX[p]]`, µg/m³
 * except CO in mg/m³ (GB 3095-2012 Table 1). Hours are the exports' labels 0..23.
 */
import type { Dataset } from '../types.ts';
import type { IngestOptions } from './options.ts';
import { Ingest } from './reader.ts';

export type { ColumnMapping, DailyField, IngestOptions } from './options.ts';
export { IngestCancelled } from './options.ts';
export { suggestColumnMapping } from './detect.ts';
export { ugToMg } from './coUnit.ts';

/**
 * One file → a one-file Dataset (files[0] is its summary, issues carry the file name). Never throws
 * for bad input: unreadable files give rejected=true and an error issue with a zh/en message.
 * Values are stored in the units of GB 3095-2012 Table 1 (µg/m³; CO mg/m³, converted when the file
 * has µg/m³), hours as the national exports label them (0..23, HJ 633 hourly data).
 */
export function ingestBytes(name: string, bytes: Uint8Array, opts: IngestOptions): Dataset {
  const s = createStreamingIngest(name, bytes.length, opts);
  s.push(bytes);
  return s.finish();
}

/**
 * Streaming form for big files: feed byte chunks in order, then finish(). Memory stays bounded
 * by the batch size plus the dataset being built: the text is never held whole.
 */
export function createStreamingIngest(name: string, totalBytes: number, opts: IngestOptions): { push(chunk: Uint8Array): void; finish(): Dataset } {
  const ingest = new Ingest(name, totalBytes, opts);
  return { push: (chunk) => ingest.push(chunk), finish: () => ingest.finish() };
}
