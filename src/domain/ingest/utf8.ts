/**
 * UTF-8 cells read in place (`Row.splitBytes`): comparison with a string, trimming, hashing and
 * decoding of a byte range, each giving exactly what the same operation gives on the decoded text
 * (`TextDecoder` semantics: an ill-formed sequence is one U+FFFD, a BOM inside a cell is kept).
 * Well-formed UTF-8 is read code point by code point without a string; anything ill-formed is
 * decoded and handled as text, so the answer never depends on the fast path.
 */

/** ECMAScript WhiteSpace and LineTerminator code units: what `String.prototype.trim` removes. */
export function isTrimmed(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Decodes cells as the record stream decoded the file (ill-formed → U+FFFD), keeping a U+FEFF in a cell. */
const DECODER = new TextDecoder('utf-8', { ignoreBOM: true });

/** FNV-1a of the empty string (see `Row.trimmedHash`). */
export const EMPTY_HASH = 0x811c9dc5;

/** Bytes of the sequence `codePointAt` read last. */
let seqLen = 0;

/**
 * The code point of the well-formed UTF-8 sequence at `b[i]` (ending before `end`), its length in
 * `seqLen`; -1 when the bytes there are not a well-formed sequence (overlong, surrogate, cut).
 */
function codePointAt(b: Uint8Array, i: number, end: number): number {
  const c = b[i]!;
  if (c < 0x80) { seqLen = 1; return c; }
  let n: number, cp: number, min: number;
  if (c >= 0xc2 && c <= 0xdf) { n = 1; cp = c & 0x1f; min = 0x80; }
  else if (c >= 0xe0 && c <= 0xef) { n = 2; cp = c & 0x0f; min = 0x800; }
  else if (c >= 0xf0 && c <= 0xf4) { n = 3; cp = c & 0x07; min = 0x10000; }
  else return -1;
  if (i + n >= end) return -1;
  for (let k = 1; k <= n; k++) {
    const x = b[i + k]!;
    if ((x & 0xc0) !== 0x80) return -1;
    cp = (cp << 6) | (x & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return -1;
  seqLen = n + 1;
  return cp;
}

let memo = '';

/** `b[a, e)` as text. A short cell equal to the previous one (`NA`, `NNW`) gives the same string, not a new one. */
export function decodeRange(b: Uint8Array, a: number, e: number): string {
  if (a >= e) return '';
  if (e - a === memo.length && utf8Equals(b, a, e, memo)) return memo;
  const s = DECODER.decode(b.subarray(a, e));
  if (s.length <= 16) memo = s;
  return s;
}

/** `decodeRange(b, a, e) === s`, without decoding well-formed UTF-8. */
export function utf8Equals(b: Uint8Array, a: number, e: number, s: string): boolean {
  // Every UTF-16 unit of the decoded text takes at least one byte.
  if (s.length > e - a) return false;
  let k = 0;
  for (let i = a; i < e;) {
    const c = b[i]!;
    if (c < 0x80) {
      if (s.charCodeAt(k) !== c) return false;
      k++;
      i++;
      continue;
    }
    const cp = codePointAt(b, i, e);
    if (cp < 0) return DECODER.decode(b.subarray(a, e)) === s;
    if (cp < 0x10000) {
      if (s.charCodeAt(k) !== cp) return false;
      k++;
    } else {
      const u = cp - 0x10000;
      if (s.charCodeAt(k) !== (0xd800 | (u >> 10)) || s.charCodeAt(k + 1) !== (0xdc00 | (u & 0x3ff))) return false;
      k += 2;
    }
    i += seqLen;
  }
  return k === s.length;
}

/** Where `b[a, e)` starts once leading white space (`String.prototype.trim`'s) is skipped. */
export function trimStart(b: Uint8Array, a: number, e: number): number {
  while (a < e) {
    const c = b[a]!;
    if (c < 0x80) {
      if (!isTrimmed(c)) break;
      a++;
      continue;
    }
    const cp = codePointAt(b, a, e);
    if (cp < 0 || !isTrimmed(cp)) break; // (an ill-formed sequence decodes to U+FFFD: not white space)
    a += seqLen;
  }
  return a;
}

/** Where `b[a, e)` ends once trailing white space is dropped (`a` = its trimmed start). */
export function trimEnd(b: Uint8Array, a: number, e: number): number {
  while (e > a) {
    const c = b[e - 1]!;
    if (c < 0x80) {
      if (!isTrimmed(c)) break;
      e--;
      continue;
    }
    // The last character's lead byte: at most 3 continuation bytes back.
    let j = e - 1;
    while (j > a && e - j < 4 && (b[j]! & 0xc0) === 0x80) j--;
    const cp = codePointAt(b, j, e);
    if (cp < 0 || seqLen !== e - j || !isTrimmed(cp)) break;
    e = j;
  }
  return e;
}

/** FNV-1a of the UTF-16 code units of `decodeRange(b, a, e)` (unsigned 32-bit; see `Row.trimmedHash`). */
export function utf8Hash(b: Uint8Array, a: number, e: number): number {
  let h = EMPTY_HASH;
  for (let i = a; i < e;) {
    const c = b[i]!;
    if (c < 0x80) {
      h = Math.imul(h ^ c, 16777619);
      i++;
      continue;
    }
    const cp = codePointAt(b, i, e);
    if (cp < 0) return stringHash(DECODER.decode(b.subarray(a, e)));
    if (cp < 0x10000) {
      h = Math.imul(h ^ cp, 16777619);
    } else {
      const u = cp - 0x10000;
      h = Math.imul(h ^ (0xd800 | (u >> 10)), 16777619);
      h = Math.imul(h ^ (0xdc00 | (u & 0x3ff)), 16777619);
    }
    i += seqLen;
  }
  return h >>> 0;
}

/** FNV-1a of the UTF-16 code units of `s` (unsigned 32-bit). */
export function stringHash(s: string): number {
  let h = EMPTY_HASH;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 16777619);
  return h >>> 0;
}
