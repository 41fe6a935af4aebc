/**
 * What the page says about storage. The worker reads and writes IndexedDB itself (src/worker/storage.ts)
 * and reports `StorageEvent`s; this turns them into the note MeetingTools shows and into marks in the
 * document for the browser tests. It stores nothing.
 */
import type { Message } from '../../domain/types.ts';
import { bilingual, listOf, parenthesized } from '../../domain/text/text.ts';
import type { StorageEvent } from '../../worker/protocol.ts';

type Listener = () => void;
let note: Message | null = null;
const listeners = new Set<Listener>();

function setNote(m: Message | null): void {
  note = m;
  for (const l of listeners) l();
}

/** For `useSyncExternalStore`: the latest storage note (null = nothing to say). */
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

/** Reports one storage event of the worker (a note when something could not be read or saved). */
export function onStorageEvent(e: StorageEvent): void {
  switch (e.kind) {
    case 'restored':
      mark('restored', String(e.files));
      return;
    case 'reset':
      setNote(bilingual(e.atStart ? 'persist_resetAtStart' : 'persist_reset', { reason: e.reason }));
      return;
    case 'saved':
      if (e.skipped.length > 0) {
        setNote(bilingual('persist_tooLarge', (lang) => ({
          files: listOf(e.skipped.map((s) => `${s.name}${parenthesized(`${s.megabytes} MB`, lang)}`), lang),
        })));
        mark('notSaved', String(e.skipped.length));
      }
      mark('persisted', String(e.files));
      return;
    case 'failed':
      mark('persisted', 'failed');
      setNote(bilingual('persist_failed', { reason: e.reason }));
      return;
  }
}
