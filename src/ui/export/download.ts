/**
 * Saving a file from the page: a Blob behind an `<a download>` (a navigation to a blob: URL, which
 * the CSP allows; nothing leaves the machine). Works from the offline single file on file:// too.
 */
import { dataUrlToBytes } from './bytes.ts';

/** Offers `blob` for download as `name`. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: the download reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Offers text (CSV, SVG …) for download. */
export function downloadText(text: string, name: string, mime: string): void {
  downloadBlob(new Blob([text], { type: `${mime};charset=utf-8` }), name);
}

/** Offers a `data:` URL (a PNG from ECharts) for download. */
export function downloadDataUrl(url: string, name: string): void {
  const { mime, bytes } = dataUrlToBytes(url);
  downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }), name);
}
