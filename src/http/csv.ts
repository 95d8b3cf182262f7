/**
 * CSV for spreadsheet users (Excel on Chinese Windows first): UTF-8 with a byte order mark so Excel
 * reads Chinese correctly, CRLF line ends, RFC 4180 quoting, and formula-injection safety: a cell
 * that starts with = + - @ (or a tab or carriage return) is prefixed with ' so a spreadsheet shows
 * it as text instead of running it. Plain numbers ("-12.50") are left as they are: they are not
 * formulas and must stay numbers.
 */
export const BOM = '\uFEFF';

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: BOM, the header line, then one line per row, every line ended by CRLF. */
export function toCsv(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
  return BOM + [headers, ...rows].map((r) => r.map(csvCell).join(',') + '\r\n').join('');
}
