/**
 * Export file names: "what and when", e.g. `太原_2021_优良天数比例.png`. Parts may come from user
 * data (area names, file names), so each is sanitised for every common file system: no path
 * separators, no Windows-reserved characters or names, no control characters, no leading dots.
 */

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** One part of a file name, safe on Windows, macOS and Linux; `fallback` when nothing is left. */
export function safeFilePart(raw: string | number, fallback = '未命名'): string {
  let s = String(raw)
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s-]+/, '')
    .replace(/[.\s]+$/, '');
  if (RESERVED.test(s)) s = `_${s}`;
  // Stay well under the 255-byte limit of most file systems (a CJK character is 3 bytes in UTF-8).
  if (s.length > 60) s = s.slice(0, 60).trim();
  return s.length > 0 ? s : fallback;
}

/** `parts` sanitised and joined with `_`, plus the extension: `exportFileName(['太原', 2021, '优良天数比例'], 'png')`. */
export function exportFileName(parts: readonly (string | number | null | undefined)[], ext: string): string {
  const kept = parts.filter((p): p is string | number => p !== null && p !== undefined && String(p).trim() !== '');
  const name = kept.map((p) => safeFilePart(p)).join('_') || '蓝天';
  return `${name}.${ext.replace(/^\./, '')}`;
}
