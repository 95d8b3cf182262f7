import { stringify } from 'csv-stringify/sync';

/**
 * CSV for spreadsheet users (Excel on Chinese Windows first), written by csv-stringify: UTF-8 with
 * a byte order mark so Excel reads Chinese correctly, CRLF line ends, RFC 4180 quoting. Formula
 * injection is our own guard, not csv-stringify's `escape_formulas`: that one prefixes every string
 * starting with "-", and our money cells are strings ("-12.50") that must stay numbers. A cell that
 * starts with = + - @ (or their full-width forms, or a tab or carriage return) is prefixed with '
 * so a spreadsheet shows it as text instead of running it; plain numbers are left as they are.
 */
export const BOM = '\uFEFF';

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

type Cell = string | number | boolean | null | undefined;

/** A cell's text before quoting: formulas neutralised, plain numbers kept. */
function guard(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

const OPTIONS = {
  record_delimiter: 'windows' as const,
  // Without it, naming a record delimiter makes csv-stringify quote only that exact sequence: a
  // lone \n inside a cell would then break the row.
  quote_record_delimiter: true,
  cast: { string: guard, number: (n: number) => String(n), boolean: (b: boolean) => String(b) },
};

/** One cell as it appears in a line (guarded and quoted). */
export function csvCell(value: Cell): string {
  return stringify([[value]], { ...OPTIONS, eof: false });
}

/** A whole CSV file: BOM, the header line, then one line per row, every line ended by CRLF. */
export function toCsv(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<Cell>>): string {
  return BOM + stringify([headers, ...rows] as Cell[][], OPTIONS);
}
