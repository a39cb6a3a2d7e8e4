import { describe, expect, it } from "vitest";
import { neutraliseFormula, toCsv } from "./csv";

describe("CSV export", () => {
  it("quotes separators, quotes and line breaks", () => {
    expect(toCsv({ header: ["a", "b"], rows: [["x,y", 'say "hi"'], ["line\nbreak", 3]] })).toBe(
      'a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",3\r\n',
    );
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    for (const value of ["=1+1", "+SUM(A1)", "-2", "@cmd", "\tx"]) expect(neutraliseFormula(value)).toBe(`'${value}`);
    expect(neutraliseFormula("Acme Systems (SI)")).toBe("Acme Systems (SI)");
    expect(toCsv({ header: ["party"], rows: [["=HYPERLINK(\"http://x\")"]] })).toBe('party\r\n"\'=HYPERLINK(""http://x"")"\r\n');
  });
});
