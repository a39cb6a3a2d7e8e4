import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { findVerificationCodes, newVerificationCode } from "@/lib/signing/verification-code";
import { answersTable, type ExportTable } from "./export-table";
import { exportFileName, formatOf, isExportKind } from "./export-kinds";
import { renderCsv } from "./render-csv";
import { renderXlsx } from "./render-xlsx";

const stamp = {
  code: newVerificationCode(),
  keyId: "0123456789abcdef",
  createdAt: new Date("2026-03-01T09:30:00.000Z"),
};
const table: ExportTable = {
  name: "Answers",
  header: ["Layer", "Practice id", "Practice", "Notes"],
  rows: [
    ["Network", "NET-1.1", "Segment the network", '=HYPERLINK("http://evil.example")'],
    ["Network", "NET-1.2", 'Firewall, with "rules"', "line\nbreak"],
  ],
};

describe("export files", () => {
  it("name files safely, by kind, title and date", () => {
    expect(
      exportFileName({ kind: "answers.xlsx", title: "Baseline 2026 / Q1: Ünïcode!", createdAt: stamp.createdAt }),
    ).toBe("layerwise-answers-baseline-2026-q1-unicode-2026-03-01.xlsx");
    expect(exportFileName({ kind: "assessment.json", title: "***", createdAt: stamp.createdAt })).toBe(
      "layerwise-assessment-assessment-2026-03-01.json",
    );
    expect(isExportKind("roadmap.csv")).toBe(true);
    expect(isExportKind("../etc/passwd")).toBe(false);
    expect(formatOf("raci.xlsx")).toBe("xlsx");
  });

  it("end a CSV with a full-width verification record, formulas neutralised", () => {
    const text = new TextDecoder().decode(renderCsv({ table, stamp, verifyUrl: "https://lw.example/verify" }));
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("Layer,Practice id,Practice,Notes");
    expect(text).toContain('"\'=HYPERLINK(""http://evil.example"")"');
    expect(lines.at(-2)).toBe(`Verification code,${stamp.code},Verify at https://lw.example/verify,`);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(findVerificationCodes(new TextEncoder().encode(text))).toEqual([stamp.code]);
  });

  it("write an XLSX with the data sheet, an About sheet and the code in the properties", async () => {
    const bytes = await renderXlsx({
      tables: [table],
      about: {
        exportName: "Answers",
        assessmentTitle: "Baseline",
        programName: "Property tax",
        contentVersion: "1.0.0",
        verifyUrl: "https://lw.example/verify",
      },
      stamp,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Answers", "About"]);
    const sheet = workbook.getWorksheet("Answers");
    expect(sheet?.getRow(1).values).toEqual([undefined, "Layer", "Practice id", "Practice", "Notes"]);
    // A typed "=..." stays text: a string cell, not a formula.
    expect(sheet?.getCell("D2").value).toBe('=HYPERLINK("http://evil.example")');
    expect(sheet?.getCell("D2").type).toBe(ExcelJS.ValueType.String);
    const about = workbook.getWorksheet("About");
    const aboutRows = Object.fromEntries(
      (about?.getSheetValues() ?? [])
        .filter(Boolean)
        .map((row) => [String((row as unknown[])[1]), (row as unknown[])[2]]),
    );
    expect(aboutRows["Verification code"]).toBe(stamp.code);
    expect(aboutRows["Signing key id"]).toBe(stamp.keyId);
    expect(aboutRows["Content version"]).toBe("1.0.0");
    expect(workbook.keywords).toBe(stamp.code);
  });

  it("list every practice in the answers table, answered or not", () => {
    const content = {
      layers: [
        { id: "network", name: "Network" },
        { id: "data", name: "Data" },
      ],
      practices: [
        { id: "DAT-1.1", layer: "data", level: 1, title: "Back up" },
        { id: "NET-1.1", layer: "network", level: 1, title: "Segment" },
      ],
    } as unknown as Parameters<typeof answersTable>[0]["content"];
    const answers = new Map([
      [
        "NET-1.1",
        { value: "NOT_APPLICABLE" as const, justification: "No network", notes: null, needsReconfirmation: true },
      ],
    ]);
    expect(answersTable({ content, answers }).rows).toEqual([
      ["Network", "NET-1.1", "Segment", 1, "Not applicable", "No network", "", "yes"],
      ["Data", "DAT-1.1", "Back up", 1, "", "", "", ""],
    ]);
  });
});
