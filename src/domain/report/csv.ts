/**
 * CSV for spreadsheet users (Excel/WPS): UTF-8 with a BOM so Chinese names open correctly, CRLF
 * rows, RFC 4180 quoting, and text cells that a spreadsheet would read as a formula (starting with
 * = + - @, tab or carriage return) neutralised with a leading apostrophe (OWASP "CSV injection").
 * Numbers are written as numbers, so a negative value stays numeric.
 * Pure (no Node or DOM API): used by the CLI and by the page's exports.
 */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: numbers as is (non-finite → empty), text neutralised and quoted when needed. */
export function csvCell(v: CsvCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  let s = v;
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole table with a header row, BOM first, CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map(csvCell).join(',')];
  for (const r of rows) lines.push(r.map(csvCell).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
