/**
 * The worker's own storage: what survives a reload and a browser restart, in IndexedDB (idb-keyval)
 * on this machine only. The worker reads and writes it itself; the page only hears what happened.
 * Per loaded file two records: the Dataset packed by src/domain/persist/codec.ts (drawn at once after a
 * reload, nothing re-read) and the file's bytes as a Blob (read again when an ingest setting such as
 * the CO unit changes). A manifest lists the stored files and is written last, so an interrupted write
 * leaves the previous state readable. Every record carries the schema version; a store that cannot be
 * read as a whole is emptied and reported, never half-used. The page keeps its own records (the slide
 * choice) under other keys of the same database.
 */
import { createStore, del, get, set, setMany } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import { PERSIST_SCHEMA } from '../domain/persist/codec.ts';
import type { PackedDataset } from '../domain/persist/codec.ts';

const META = 'meta';
const fileKey = (name: string): string => `file:${name}`;
const bytesKey = (name: string): string => `bytes:${name}`;

interface Meta {
  schema: number;
  files: string[];
  savedAt: string;
}

let store: UseStore | null = null;
function db(): UseStore {
  store ??= createStore('lantian', 'kv');
  return store;
}

/** A stored file: its packed Dataset and, when kept, the bytes it was read from. */
export interface StoredFile {
  packed: PackedDataset;
  bytes: Blob | null;
}

export type RestoreResult =
  | { status: 'empty' }
  | { status: 'ok'; files: StoredFile[] }
  /** Something was stored but could not be read: it has been cleared; `reason` says why. */
  | { status: 'reset'; reason: string };

const reasonOf = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** Reads the stored files (all or nothing). The caller checks each packed record again when it unpacks. */
export async function loadStoredFiles(): Promise<RestoreResult> {
  try {
    const meta = await get<Meta>(META, db());
    if (meta === undefined) return { status: 'empty' };
    if (typeof meta !== 'object' || meta === null || meta.schema !== PERSIST_SCHEMA || !Array.isArray(meta.files)) {
      await clearStoredFiles();
      return { status: 'reset', reason: `stored data has schema ${String((meta as Partial<Meta> | null)?.schema)}, expected ${PERSIST_SCHEMA}` };
    }
    const files: StoredFile[] = [];
    for (const name of meta.files) {
      const p = await get<PackedDataset>(fileKey(name), db());
      if (!p || p.schema !== PERSIST_SCHEMA || p.name !== name) {
        await clearStoredFiles();
        return { status: 'reset', reason: `stored file ${name} is missing or of another schema` };
      }
      const bytes = await get<unknown>(bytesKey(name), db());
      files.push({ packed: p, bytes: bytes instanceof Blob ? bytes : null });
    }
    return files.length > 0 ? { status: 'ok', files } : { status: 'empty' };
  } catch (e) {
    await clearStoredFiles().catch(() => undefined);
    return { status: 'reset', reason: reasonOf(e) };
  }
}

let writes: Promise<unknown> = Promise.resolve();

/** A file to store, packed only when its turn comes (null: not to be stored after all, e.g. removed meanwhile). */
export type PendingFile = () => StoredFile | null;

/**
 * Packed bytes written per IndexedDB transaction: a national year (365 files of ~2 MB packed each)
 * is written a few files at a time, each packed just before its write, so that neither the worker
 * nor the browser process ever holds the whole packed year (issue 9: peak memory).
 */
export const STORE_BATCH_BYTES = 16 * 1024 * 1024;

function storedBytes(f: StoredFile): number {
  let n = 0;
  for (const h of f.packed.hourly) n += h.values.byteLength + h.seen.byteLength + h.days.byteLength;
  return n;
}

/**
 * Stores the new files (packed Dataset and bytes) and forgets those not in `keep` (the names loaded
 * now). Writes run one after another; each file is packed when its batch is written (STORE_BATCH_BYTES
 * per transaction); the manifest is written last, so an interrupted save leaves the previous state.
 * `keep()` is asked after the records are written (the files loaded by then that may be stored); the
 * manifest names those of them whose records are in the store. Resolves to the number it names.
 */
export function storeFiles(put: readonly PendingFile[], keep: () => readonly string[]): Promise<number> {
  const run = async (): Promise<number> => {
    const before = await get<Meta>(META, db());
    let entries: [IDBValidKey, unknown][] = [];
    let bytes = 0;
    const stored = new Set(before?.files ?? []);
    for (const pending of put) {
      const f = pending();
      if (!f) continue;
      stored.add(f.packed.name);
      entries.push([fileKey(f.packed.name), f.packed]);
      if (f.bytes) entries.push([bytesKey(f.packed.name), f.bytes]);
      bytes += storedBytes(f);
      if (bytes >= STORE_BATCH_BYTES) {
        await setMany(entries, db());
        entries = [];
        bytes = 0;
      }
    }
    if (entries.length > 0) await setMany(entries, db());
    // Only names whose records are in the store (a file of a later save is not yet).
    const names = keep().filter((n) => stored.has(n));
    const meta: Meta = { schema: PERSIST_SCHEMA, files: names, savedAt: new Date().toISOString() };
    await set(META, meta, db());
    for (const old of before?.files ?? []) {
      if (names.includes(old)) continue;
      await del(fileKey(old), db());
      await del(bytesKey(old), db());
    }
    return names.length;
  };
  const next = writes.then(run, run);
  writes = next.catch(() => undefined);
  return next;
}

/** Forgets every stored file (the page's own records stay). */
export async function clearStoredFiles(): Promise<void> {
  const meta = await get<Meta>(META, db()).catch(() => undefined);
  await del(META, db());
  for (const name of meta?.files ?? []) {
    await del(fileKey(name), db());
    await del(bytesKey(name), db());
  }
}
