/**
 * Byte-level sniffing: binary files (Excel, ZIP, PDF …) are refused with a clear message, BOMs
 * decide UTF-8/UTF-16, and BOM-less text is UTF-8 when it decodes strictly as UTF-8, otherwise
 * GB18030 (the superset of GBK that Excel on Chinese Windows writes as "CSV").
 */
import { issueText } from '../text/issues.ts';
import type { FileSummary, IssueCode, Message } from '../types.ts';

export type Encoding = FileSummary['encoding'];

export type Sniffed =
  | { ok: true; encoding: Encoding; label: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be' }
  | { ok: false; code: IssueCode; message: Message };

function startsWith(b: Uint8Array, magic: readonly number[]): boolean {
  if (b.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (b[i] !== magic[i]) return false;
  return true;
}

const BINARY: { magic: number[]; code: IssueCode; message: Message }[] = [
  {
    magic: [0x50, 0x4b, 0x03, 0x04], code: 'binary-excel-zip',
    message: issueText('issue_binaryExcelZip', {}),
  },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], code: 'binary-excel-xls',
    message: issueText('issue_binaryExcelXls', {}),
  },
  {
    magic: [0x25, 0x50, 0x44, 0x46], code: 'binary-pdf',
    message: issueText('issue_binaryPdf', {}),
  },
  {
    magic: [0x1f, 0x8b], code: 'binary-gzip',
    message: issueText('issue_binaryGzip', {}),
  },
  {
    magic: [0x52, 0x61, 0x72, 0x21], code: 'binary-rar',
    message: issueText('issue_binaryRar', {}),
  },
  {
    magic: [0x37, 0x7a, 0xbc, 0xaf], code: 'binary-7z',
    message: issueText('issue_binary7z', {}),
  },
];

/** UTF-16 without BOM: in the first 512 bytes, ASCII text whose every other byte is NUL. */
function looksUtf16WithoutBom(head: Uint8Array): boolean {
  const n = Math.min(head.length, 512) & ~1;
  if (n < 8) return false;
  let zeroEven = 0, zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) zeroEven++;
    if (head[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  return (zeroOdd >= pairs * 0.9 && zeroEven === 0) || (zeroEven >= pairs * 0.9 && zeroOdd === 0);
}

/**
 * Decides the encoding from the first bytes of a file (`head`; `_complete` when it is the whole
 * file). A multi-byte character cut at the end of `head` does not make it GB18030 either way: a
 * chunk cut and a half-finished download both stay UTF-8 (the latter reported by the decoder).
 */
export function sniffEncoding(head: Uint8Array, _complete: boolean): Sniffed {
  if (head.length === 0) {
    return { ok: false, code: 'empty-file', message: issueText('issue_emptyFile', {}) };
  }
  for (const b of BINARY) if (startsWith(head, b.magic)) return { ok: false, code: b.code, message: b.message };
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { ok: true, encoding: 'utf-8-bom', label: 'utf-8' };
  if (startsWith(head, [0xff, 0xfe])) return { ok: true, encoding: 'utf-16le', label: 'utf-16le' };
  if (startsWith(head, [0xfe, 0xff])) return { ok: true, encoding: 'utf-16be', label: 'utf-16be' };
  if (looksUtf16WithoutBom(head)) {
    return {
      ok: false, code: 'utf16-no-bom',
      message: issueText('issue_utf16NoBom', {}),
    };
  }
  if (head.includes(0)) {
    return {
      ok: false, code: 'binary',
      message: issueText('issue_binary', {}),
    };
  }
  try {
    // Always streaming: a file cut inside its last character (a half-finished download) is still
    // UTF-8; the cut character decodes as U+FFFD at the end and is reported as a decoding error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return { ok: true, encoding: 'utf-8', label: 'utf-8' };
  } catch {
    return { ok: true, encoding: 'gb18030', label: 'gb18030' };
  }
}
