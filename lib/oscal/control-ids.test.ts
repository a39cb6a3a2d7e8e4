import { describe, expect, it } from "vitest";
import { compareOscalControlIds, toOscalControlId, toOscalControlIds } from "./control-ids";

describe("SP 800-53 ids in OSCAL form", () => {
  it("lowercases the family and writes an enhancement after a dot", () => {
    expect(toOscalControlId("AC-2")).toBe("ac-2");
    expect(toOscalControlId("AC-2(1)")).toBe("ac-2.1");
    expect(toOscalControlId("SI-4(12)")).toBe("si-4.12");
    expect(toOscalControlId("AC-6(10)")).toBe("ac-6.10");
  });

  it("accepts NIST's zero-padded spreadsheet form and stray whitespace", () => {
    expect(toOscalControlId("AC-02(01)")).toBe("ac-2.1");
    expect(toOscalControlId(" SC-07 ")).toBe("sc-7");
  });

  it("is null for anything that is not a control or enhancement", () => {
    for (const id of ["PT", "AC", "AC-", "AC-0", "AC-2()", "AC-2(0)", "AC-2.1", "A.5.15", "PR.AA-01", "ACC-2", ""]) {
      expect(toOscalControlId(id), id).toBeNull();
    }
  });

  it("de-duplicates and sorts in catalog order (numerically, base before enhancements)", () => {
    expect(
      toOscalControlIds(["SI-4(12)", "AC-2(1)", "AC-10", "AC-2", "SI-4", "AC-2(1)", "PT", "AC-2(10)", "AC-2(2)"]),
    ).toEqual(["ac-2", "ac-2.1", "ac-2.2", "ac-2.10", "ac-10", "si-4", "si-4.12"]);
    expect(compareOscalControlIds("ac-2", "ac-2")).toBe(0);
  });
});
