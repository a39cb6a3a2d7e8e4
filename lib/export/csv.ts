import { stringify } from "csv-stringify/sync";

// Spreadsheets run a cell that starts with = + - @ (or a tab/CR) as a formula; names typed by users
// (parties, notes) must not become formulas in a recipient's spreadsheet (OWASP CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

// RFC 4180 CSV with a header row and CRLF line ends, as spreadsheet tools expect.
export function toCsv(options: { header: readonly string[]; rows: ReadonlyArray<ReadonlyArray<string | number>> }): string {
  return stringify([options.header, ...options.rows].map((row) => row.map((cell) => (typeof cell === "string" ? neutraliseFormula(cell) : cell))), {
    record_delimiter: "windows",
    // With CRLF records the library would leave a bare LF unquoted; RFC 4180 quotes any line break.
    quoted_match: /[\r\n]/,
  });
}
