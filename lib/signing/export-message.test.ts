import { describe, expect, it } from "vitest";
import { exportMessage } from "./export-message";

const fields = {
  code: "LW-0123-4567-89AB",
  assessmentId: "cm0assessment",
  organisationId: "cm0organisation",
  kind: "answers.csv",
  sha256: "ab".repeat(32),
  createdAt: new Date(Date.UTC(2026, 2, 1, 9, 30, 0, 5)),
};

describe("the signed message of an export", () => {
  it("is the documented v1 text, field by field", () => {
    expect(new TextDecoder().decode(exportMessage(fields))).toBe(
      [
        "layerwise-export-v1",
        "code:LW-0123-4567-89AB",
        "assessment:cm0assessment",
        "organisation:cm0organisation",
        "kind:answers.csv",
        `sha256:${"ab".repeat(32)}`,
        "created:2026-03-01T09:30:00.005Z",
      ].join("\n"),
    );
  });

  it("refuses a value with a line break, which could make two messages collide", () => {
    expect(() => exportMessage({ ...fields, kind: "answers.csv\nsha256:00" })).toThrow("kind");
  });
});
