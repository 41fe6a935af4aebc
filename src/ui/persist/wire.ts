/**
 * The page's side of persistence: restores the stored datasets into the worker's `init`, stores
 * what the worker sends after each change, and keeps a note for the page when something could not
 * be read or saved (shown by MeetingTools). The worker packs and unpacks (src/domain/persist/codec.ts).
 */
import type { Message } from '../../domain/types.ts';
import type { PackedDataset } from '../../domain/persist/codec.ts';
import { loadStoredFiles, storeFiles } from './store.ts';
import { bilingual, listOf, parenthesized } from '../../domain/text/text.ts';

type Listener = () => void;
let note: Message | null = null;
const listeners = new Set<Listener>();

function setNote(m: Message | null): void {
  note = m;
  for (const l of listeners) l();
}

/** For `useSyncExternalStore`: the latest persistence note (null = nothing to say). */
export const persistNote = {
  get: (): Message | null => note,
  subscribe: (l: Listener): (() => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  },
  clear: (): void => setNote(null),
};

/** Marks in the document for the browser tests: how many files were restored, and the last save. */
function mark(name: string, value: string): void {
  if (typeof document !== 'undefined') document.documentElement.dataset[name] = value;
}

/**
 * Reads the stored datasets and calls `init` with them (undefined when none). A store that cannot
 * be read is cleared and reported; the app then starts clean (the demo), never with half-old data.
 */
export async function restoreThenInit(init: (restored: PackedDataset[] | undefined) => void): Promise<void> {
  const r = await loadStoredFiles();
  if (r.status === 'reset') {
    setNote(bilingual('persist_resetAtStart', { reason: r.reason }));
  }
  mark('restored', r.status === 'ok' ? String(r.files.length) : '0');
  init(r.status === 'ok' ? r.files : undefined);
}

/** The worker could not unpack the restored data: forget it and say so. */
export function restoreFailed(reason: string): void {
  void storeFiles([], []).catch(() => undefined);
  setNote(bilingual('persist_reset', { reason }));
}

/** Stores what the worker sent after a change (new files, and the names that are still loaded). */
export function persistFromWorker(
  put: PackedDataset[],
  keep: string[],
  skipped: readonly { name: string; megabytes: number }[] = [],
): void {
  if (skipped.length > 0) {
    setNote(bilingual('persist_tooLarge', (lang) => ({
      files: listOf(skipped.map((s) => `${s.name}${parenthesized(`${s.megabytes} MB`, lang)}`), lang),
    })));
    mark('notSaved', String(skipped.length));
  }
  storeFiles(put, keep).then(
    () => mark('persisted', String(keep.length)),
    (e: unknown) => {
      mark('persisted', 'failed');
      setNote(bilingual('persist_failed', { reason: e instanceof Error ? e.message : String(e) }));
    },
  );
}
