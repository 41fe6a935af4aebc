/**
 * Drop zone over the whole page: an overlay appears while files are dragged over the window;
 * dropped files and folders (read recursively through the entries API) go to `onFiles`. Loaded just
 * after the first paint (its own chunk).
 */
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n.ts';
import { DATA_FILE } from './dataFiles.ts';

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function filesOfEntry(entry: FileSystemEntry, inFolder: boolean): Promise<File[]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    return !inFolder || DATA_FILE.test(file.name) ? [file] : [];
  }
  if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    const out: File[] = [];
    // readEntries returns the entries in batches; an empty batch ends the listing.
    for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) {
      for (const child of batch) out.push(...(await filesOfEntry(child, true)));
    }
    return out;
  }
  return [];
}

/** Files of a drop, folders expanded; sorted by name so the load order is stable. */
export async function filesOfDrop(dt: DataTransfer): Promise<File[]> {
  const entries = [...dt.items]
    .filter((i) => i.kind === 'file')
    .map((i) => i.webkitGetAsEntry?.() ?? null);
  let files: File[];
  if (entries.length > 0 && entries.every((e) => e !== null)) {
    files = (await Promise.all(entries.map((e) => filesOfEntry(e as FileSystemEntry, false)))).flat();
  } else {
    files = [...dt.files];
  }
  return files.sort((a, b) => a.name.localeCompare(b.name));
}

export function DropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useI18n();
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent): boolean => [...(e.dataTransfer?.types ?? [])].includes('Files');
    const enter = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent): void => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent): void => {
      if (!hasFiles(e) || !e.dataTransfer) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      void filesOfDrop(e.dataTransfer).then((files) => {
        if (files.length > 0) onFiles(files);
      });
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles]);
  if (!dragging) return null;
  return (
    <div className="dropzone" aria-hidden="true">
      <div className="dropzone-inner">{t('dropHere')}</div>
    </div>
  );
}
