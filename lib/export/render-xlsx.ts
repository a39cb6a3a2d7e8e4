import ExcelJS from "exceljs";
import type { ExportStamp } from "@/lib/signing/sign-export";
import type { ExportTable } from "./export-table";

export type XlsxAbout = {
  exportName: string;
  assessmentTitle: string;
  programName: string;
  contentVersion: string;
  verifyUrl: string;
};

const MAX_COLUMN_WIDTH = 60;

// Cell values are written as strings, never formulas, so text typed by users cannot run in a
// recipient's spreadsheet. The verification code is in the "About" sheet and in the document
// properties (keywords, subject); verification itself matches the file's SHA-256, since the
// zipped XML hides the code from a byte search.
export async function renderXlsx(options: {
  tables: ExportTable[];
  about: XlsxAbout;
  stamp: ExportStamp;
}): Promise<Uint8Array> {
  const { about, stamp } = options;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Layerwise";
  workbook.lastModifiedBy = "Layerwise";
  workbook.created = stamp.createdAt;
  workbook.modified = stamp.createdAt;
  workbook.title = `${about.exportName}: ${about.assessmentTitle}`;
  workbook.subject = `Layerwise export ${stamp.code}`;
  workbook.keywords = stamp.code;
  workbook.description = `Verification code ${stamp.code}, signing key ${stamp.keyId}. Verify at ${about.verifyUrl}`;
  for (const table of options.tables) addTableSheet(workbook, table);
  addAboutSheet(workbook, options);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function addTableSheet(workbook: ExcelJS.Workbook, table: ExportTable): void {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
  table.header.forEach((title, i) => {
    const longest = Math.max(title.length, ...table.rows.map((row) => String(row[i] ?? "").length));
    sheet.getColumn(i + 1).width = Math.min(MAX_COLUMN_WIDTH, Math.max(8, longest + 2));
  });
}

function addAboutSheet(workbook: ExcelJS.Workbook, options: { about: XlsxAbout; stamp: ExportStamp }): void {
  const { about, stamp } = options;
  const sheet = workbook.addWorksheet("About");
  const rows: Array<[string, string]> = [
    ["Export", about.exportName],
    ["Assessment", about.assessmentTitle],
    ["Program", about.programName],
    ["Generated at (UTC)", stamp.createdAt.toISOString()],
    ["Content version", about.contentVersion],
    ["Verification code", stamp.code],
    ["Signing key id", stamp.keyId],
    ["Verify at", about.verifyUrl],
    [
      "",
      "This file is signed by the Layerwise instance that produced it. Upload it to the address above to check that it is unaltered.",
    ],
  ];
  for (const row of rows) sheet.addRow(row);
  sheet.getColumn(1).font = { bold: true };
  sheet.getColumn(1).width = 22;
  sheet.getColumn(2).width = 70;
}
