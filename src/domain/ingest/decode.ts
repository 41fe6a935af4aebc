/**
 * Byte-level sniffing: binary files (Excel, ZIP, PDF …) are refused with a clear message, BOMs
 * decide UTF-8/UTF-16, and BOM-less text is UTF-8 when it decodes strictly as UTF-8, otherwise
 * GB18030 (the superset of GBK that Excel on Chinese Windows writes as "CSV").
 */
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
    message: {
      zh: '这是 Excel/ZIP 文件（.xlsx/.zip），不是 CSV。请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”后再导入。',
      en: 'This is an Excel/ZIP file (.xlsx/.zip), not a CSV. Save it from Excel as "CSV UTF-8 (comma delimited)" and load that.',
    },
  },
  {
    magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], code: 'binary-excel-xls',
    message: {
      zh: '这是旧版 Excel 文件（.xls），不是 CSV。请在 Excel 中“另存为 → CSV”后再导入。',
      en: 'This is an old Excel file (.xls), not a CSV. Save it from Excel as CSV and load that.',
    },
  },
  {
    magic: [0x25, 0x50, 0x44, 0x46], code: 'binary-pdf',
    message: {
      zh: '这是 PDF 文件，不是 CSV。请导入原始数据表格（CSV）。',
      en: 'This is a PDF file, not a CSV. Load the underlying data table (CSV) instead.',
    },
  },
  {
    magic: [0x1f, 0x8b], code: 'binary-gzip',
    message: { zh: '这是压缩文件（gzip），不是 CSV。请先解压。', en: 'This is a gzip archive, not a CSV. Decompress it first.' },
  },
  {
    magic: [0x52, 0x61, 0x72, 0x21], code: 'binary-rar',
    message: { zh: '这是压缩文件（RAR），不是 CSV。请先解压。', en: 'This is a RAR archive, not a CSV. Extract it first.' },
  },
  {
    magic: [0x37, 0x7a, 0xbc, 0xaf], code: 'binary-7z',
    message: { zh: '这是压缩文件（7z），不是 CSV。请先解压。', en: 'This is a 7z archive, not a CSV. Extract it first.' },
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
    return { ok: false, code: 'empty-file', message: { zh: '文件为空。', en: 'The file is empty.' } };
  }
  for (const b of BINARY) if (startsWith(head, b.magic)) return { ok: false, code: b.code, message: b.message };
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { ok: true, encoding: 'utf-8-bom', label: 'utf-8' };
  if (startsWith(head, [0xff, 0xfe])) return { ok: true, encoding: 'utf-16le', label: 'utf-16le' };
  if (startsWith(head, [0xfe, 0xff])) return { ok: true, encoding: 'utf-16be', label: 'utf-16be' };
  if (looksUtf16WithoutBom(head)) {
    return {
      ok: false, code: 'utf16-no-bom',
      message: {
        zh: '这是没有字节顺序标记（BOM）的 UTF-16 文本，无法可靠识别。请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再导入。',
        en: 'This looks like UTF-16 text without a byte-order mark (BOM), which cannot be read reliably. Save it as "CSV UTF-8 (comma delimited)" and load that.',
      },
    };
  }
  if (head.includes(0)) {
    return {
      ok: false, code: 'binary',
      message: {
        zh: '这是二进制文件（含 NUL 字节），不是 CSV 文本。请导出为 CSV 后再导入。',
        en: 'This is a binary file (it contains NUL bytes), not CSV text. Export it as CSV and load that.',
      },
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
