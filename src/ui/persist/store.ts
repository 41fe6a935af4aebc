/**
 * What the page itself keeps across a reload: the slide choice (IndexedDB, its own key; the loaded
 * files are the worker's, src/worker/storage.ts) and, in localStorage (keys `lantian.*`), settings,
 * targets and language. "Clear all data" wipes these here and asks the worker to forget its files.
 */
import { createStore, del, get, set } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import { PERSIST_SCHEMA } from '../../domain/persist/codec.ts';

const SLIDES = 'slides';

let store: UseStore | null = null;
function db(): UseStore {
  store ??= createStore('lantian', 'kv');
  return store;
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

/** "Clear all data", the page's part: the slide choice and every `lantian.*` localStorage key (the caller then clears the worker). */
export async function clearAllData(): Promise<void> {
  await del(SLIDES, db()).catch(() => undefined);
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
