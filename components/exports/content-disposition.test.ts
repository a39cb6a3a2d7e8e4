import { describe, expect, it } from "vitest";
import { fileNameFromDisposition } from "./content-disposition";

describe("fileNameFromDisposition", () => {
  it("prefers the UTF-8 name, then the quoted one", () => {
    expect(
      fileNameFromDisposition(
        `attachment; filename="layerwise-roadmap-baseline-2026-03-01.pdf"; filename*=UTF-8''layerwise-roadmap-baseline-2026-03-01.pdf`,
      ),
    ).toBe("layerwise-roadmap-baseline-2026-03-01.pdf");
    expect(fileNameFromDisposition(`attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf`)).toBe("résumé.pdf");
    expect(fileNameFromDisposition(`attachment; filename="plain.pdf"`)).toBe("plain.pdf");
    expect(fileNameFromDisposition(`attachment; filename=bare.csv`)).toBe("bare.csv");
  });

  it("gives no name, or only the last path part, for odd headers", () => {
    expect(fileNameFromDisposition(null)).toBeNull();
    expect(fileNameFromDisposition("attachment")).toBeNull();
    expect(fileNameFromDisposition(`attachment; filename="../../etc/passwd"`)).toBe("passwd");
    expect(fileNameFromDisposition(`attachment; filename*=UTF-8''%E0%A4%A; filename="fallback.pdf"`)).toBe(
      "fallback.pdf",
    );
    expect(fileNameFromDisposition(`attachment; filename=".."`)).toBeNull();
  });
});
