import { describe, expect, it } from "vitest";
import { qrPath } from "./qr-code";

describe("qrPath", () => {
  it("draws a square QR symbol with its three finder patterns", () => {
    const { size, path } = qrPath("otpauth://totp/Layerwise:ada%40example.gov?secret=JBSWY3DPEHPK3PXP&issuer=Layerwise");
    expect(size).toBeGreaterThanOrEqual(21);
    expect((size - 17) % 4).toBe(0);
    // Finder patterns: the top-left, top-right and bottom-left corners are dark.
    for (const corner of ["M0 0h", `M${size - 1} 0h`, `M0 ${size - 1}h`]) expect(path).toContain(corner);
    // The separator around the top-left finder is always light.
    expect(path).not.toContain("zM7 7h");
  });
});
