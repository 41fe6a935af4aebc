/**
 * The page's side of persistence: restores the stored datasets into the worker's `init`, stores
 * what the worker sends after each change, and keeps a note for the page when something could not
 * be read or saved (shown by MeetingTools). The worker packs and unpacks (src/domain/persist/codec.ts).
 */
import type { Message } from '../../domain/types.ts';
import type { PackedDataset } from '../../domain/persist/codec.ts';
import { loadStoredFiles, storeFiles } from './store.ts';

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
    setNote({
      zh: `上次保存的数据无法读取，已清除并重新开始（${r.reason}）。请重新加载数据文件。`,
      en: `The data saved last time could not be read; it was cleared and the app starts clean (${r.reason}). Please load the files again.`,
    });
  }
  mark('restored', r.status === 'ok' ? String(r.files.length) : '0');
  init(r.status === 'ok' ? r.files : undefined);
}

/** The worker could not unpack the restored data: forget it and say so. */
export function restoreFailed(reason: string): void {
  void storeFiles([], []).catch(() => undefined);
  setNote({
    zh: `上次保存的数据无法读取，已清除（${reason}）。`,
    en: `The data saved last time could not be read and was cleared (${reason}).`,
  });
}

/** Stores what the worker sent after a change (new files, and the names that are still loaded). */
export function persistFromWorker(
  put: PackedDataset[],
  keep: string[],
  skipped: readonly { name: string; megabytes: number }[] = [],
): void {
  if (skipped.length > 0) {
    const list = skipped.map((s) => `${s.name}（${s.megabytes} MB）`).join('、');
    const listEn = skipped.map((s) => `${s.name} (${s.megabytes} MB)`).join(', ');
    setNote({
      zh: `以下文件数据量过大，未保存到本机浏览器，本次使用不受影响，刷新页面后需重新载入：${list}`,
      en: `These files are too large to save in this browser; they stay loaded for this session, but after a reload they must be loaded again: ${listEn}`,
    });
    mark('notSaved', String(skipped.length));
  }
  storeFiles(put, keep).then(
    () => mark('persisted', String(keep.length)),
    (e: unknown) => {
      mark('persisted', 'failed');
      setNote({
        zh: `数据未能保存到本机浏览器（${e instanceof Error ? e.message : String(e)}），刷新后需重新加载。`,
        en: `The data could not be saved in this browser (${e instanceof Error ? e.message : String(e)}); after a reload, load the files again.`,
      });
    },
  );
}
