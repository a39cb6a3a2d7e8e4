import { toCsv } from "@/lib/export/csv";
import type { ExportStamp } from "@/lib/signing/sign-export";
import type { ExportTable } from "./export-table";

// The verification code goes in a last record of the same width as the others: a comment line
// at the top would break CSV readers that take the first line as the header, and a short record
// trips strict parsers. Spreadsheets show it as a final row.
export function renderCsv(options: { table: ExportTable; stamp: ExportStamp; verifyUrl: string }): Uint8Array {
  const { table, stamp } = options;
  const width = table.header.length;
  const footer = ["Verification code", stamp.code, `Verify at ${options.verifyUrl}`];
  const padded = [...footer, ...Array.from({ length: Math.max(0, width - footer.length) }, () => "")];
  return new TextEncoder().encode(toCsv({ header: table.header, rows: [...table.rows, padded] }));
}
