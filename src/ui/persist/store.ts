/**
 * What survives a reload and a browser restart, in IndexedDB (idb-keyval) on this machine only:
 * the loaded files' Datasets (packed by the worker, see src/domain/persist/codec.ts) and the slide choice. Settings,
 * targets and language stay where the page keeps them (localStorage keys `lantian.*`); "clear all
 * data" wipes both. Every record carries the schema version; a store that cannot be read as a whole
 * is reported and emptied, never half-used.
 */
import { clear, createStore, del, get, set, setMany } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import { PERSIST_SCHEMA } from '../../domain/persist/codec.ts';
import type { PackedDataset } from '../../domain/persist/codec.ts';

const META = 'meta';
const SLIDES = 'slides';
const fileKey = (name: string): string => `file:${name}`;

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

export type RestoreResult =
  | { status: 'empty' }
  | { status: 'ok'; files: PackedDataset[] }
  /** Something was stored but could not be read: it has been cleared; `reason` says why. */
  | { status: 'reset'; reason: string };

const reasonOf = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** Reads the stored datasets (all or nothing). The worker checks each record again when it unpacks. */
export async function loadStoredFiles(): Promise<RestoreResult> {
  try {
    const meta = await get<Meta>(META, db());
    if (meta === undefined) return { status: 'empty' };
    if (typeof meta !== 'object' || meta === null || meta.schema !== PERSIST_SCHEMA || !Array.isArray(meta.files)) {
      await clearStoredFiles();
      return { status: 'reset', reason: `stored data has schema ${String((meta as Partial<Meta> | null)?.schema)}, expected ${PERSIST_SCHEMA}` };
    }
    const files: PackedDataset[] = [];
    for (const name of meta.files) {
      const p = await get<PackedDataset>(fileKey(name), db());
      if (!p || p.schema !== PERSIST_SCHEMA || p.name !== name) {
        await clearStoredFiles();
        return { status: 'reset', reason: `stored file ${name} is missing or of another schema` };
      }
      files.push(p);
    }
    return files.length > 0 ? { status: 'ok', files } : { status: 'empty' };
  } catch (e) {
    await clearStoredFiles().catch(() => undefined);
    return { status: 'reset', reason: reasonOf(e) };
  }
}

let writes: Promise<unknown> = Promise.resolve();

/**
 * Stores the new files and forgets those not in `keep` (the names loaded now). Writes run one after
 * another; the manifest is written last, so an interrupted write leaves the previous state readable.
 */
export function storeFiles(put: readonly PackedDataset[], keep: readonly string[]): Promise<void> {
  const run = async (): Promise<void> => {
    const before = await get<Meta>(META, db());
    if (put.length > 0) await setMany(put.map((p) => [fileKey(p.name), p]), db());
    const meta: Meta = { schema: PERSIST_SCHEMA, files: [...keep], savedAt: new Date().toISOString() };
    await set(META, meta, db());
    for (const old of before?.files ?? []) if (!keep.includes(old)) await del(fileKey(old), db());
  };
  const next = writes.then(run, run);
  writes = next.catch(() => undefined);
  return next;
}

/** Forgets the stored datasets (keeps the slide choice). */
export async function clearStoredFiles(): Promise<void> {
  const meta = await get<Meta>(META, db()).catch(() => undefined);
  await del(META, db());
  for (const name of meta?.files ?? []) await del(fileKey(name), db());
}

/** Which slides are shown, in which order (slide ids; see present/slides.ts). */
export interface SlideChoice {
  order: string[];
  hidden: string[];
}

export async function loadSlideChoice(): Promise<SlideChoice | null> {
  try {
    const v = await get<{ schema: number } & SlideChoice>(SLIDES, db());
    if (!v || v.schema !== PERSIST_SCHEMA || !Array.isArray(v.order) || !Array.isArray(v.hidden)) return null;
    return { order: v.order.filter((x) => typeof x === 'string'), hidden: v.hidden.filter((x) => typeof x === 'string') };
  } catch {
    return null;
  }
}

export async function saveSlideChoice(choice: SlideChoice): Promise<void> {
  await set(SLIDES, { schema: PERSIST_SCHEMA, ...choice }, db());
}

/** "Clear all data": the IndexedDB store and every `lantian.*` localStorage key (settings, targets, language). */
export async function clearAllData(): Promise<void> {
  const chain = writes.then(() => clear(db()));
  writes = chain.catch(() => undefined);
  await chain;
  try {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k?.startsWith('lantian.')) keys.push(k);
    }
    for (const k of keys) localStorage.removeItem(k);
  } catch {
    // storage disabled: nothing kept there
  }
}
