/**
 * Small readers of a batch's text shared by the file reader (`reader.ts`): blank lines, repeated
 * headers, a BOM papaparse would drop, line spans of quoted records.
 */
import { isTrimmed } from './utf8.ts';

/** Same cells up to white space around each (a repeated header row). */
export function sameCells(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.trim() !== b[i]!.trim()) return false;
  return true;
}

/** True when `text[from, to)` has nothing but whitespace, delimiters and quotes (a blank row of a plain batch). */
export function blankLine(text: string, from: number, to: number, delC: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== delC && c !== 34 && !isTrimmed(c)) return false;
  }
  return true;
}

/** Papaparse drops a BOM at the start of its input (after the quotes are removed): such batches go through it. */
export function startsWithBom(text: string): boolean {
  let i = 0;
  while (text.charCodeAt(i) === 34) i++;
  return text.charCodeAt(i) === 0xfeff;
}

/** `startsWithBom` of the decoded bytes. */
export function bytesStartWithBom(b: Uint8Array): boolean {
  let i = 0;
  while (b[i] === 34) i++;
  return b[i] === 0xef && b[i + 1] === 0xbb && b[i + 2] === 0xbf;
}

/** True when `text` ends with `cut`. */
export function endsWith(text: string, cut: string): boolean {
  return text.length > 0 && text[text.length - 1] === cut;
}

/** Physical lines taken by a record (1 + newlines inside quoted cells). */
export function lineSpan(cells: readonly string[], hasQuotedNl: boolean): number {
  if (!hasQuotedNl) return 1;
  let n = 1;
  for (const c of cells) {
    for (let k = c.indexOf('\n'); k >= 0; k = c.indexOf('\n', k + 1)) n++;
  }
  return n;
}
