import { describe, expect, it } from "vitest";
import { checkTotpCode, createTotpSecret, totpCode, totpUri } from "./totp";

const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const now = new Date("2026-11-23T12:00:10Z");
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe("TOTP", () => {
  it("makes distinct 160-bit base32 secrets", () => {
    const a = createTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(createTotpSecret()).not.toBe(a);
  });

  it("builds an otpauth URI an authenticator app reads", () => {
    const uri = totpUri({ secret, accountName: "ada@example.gov", issuer: "Layerwise" });
    expect(uri).toMatch(/^otpauth:\/\/totp\/Layerwise:ada%40example\.gov\?/);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain("issuer=Layerwise");
  });

  it("accepts the current code and the ones a step either side", () => {
    for (const offset of [-30, 0, 30]) {
      const result = checkTotpCode({ secret, code: totpCode({ secret, now: at(offset) }), now, lastStep: null });
      expect(result.ok).toBe(true);
    }
  });

  it("refuses codes two steps away, wrong codes and malformed input", () => {
    for (const offset of [-60, 60]) {
      expect(checkTotpCode({ secret, code: totpCode({ secret, now: at(offset) }), now, lastStep: null })).toEqual({ ok: false, reason: "invalid" });
    }
    const right = totpCode({ secret, now });
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, "0");
    expect(checkTotpCode({ secret, code: wrong, now, lastStep: null })).toEqual({ ok: false, reason: "invalid" });
    for (const code of ["", "12345", "1234567", "abcdef"]) {
      expect(checkTotpCode({ secret, code, now, lastStep: null })).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("tolerates spaces inside the code", () => {
    const code = totpCode({ secret, now });
    expect(checkTotpCode({ secret, code: `${code.slice(0, 3)} ${code.slice(3)}`, now, lastStep: null }).ok).toBe(true);
  });

  it("refuses a code whose step was already used, or an earlier one", () => {
    const first = checkTotpCode({ secret, code: totpCode({ secret, now }), now, lastStep: null });
    if (!first.ok) throw new Error("first code refused");
    expect(first.step).toBe(Math.floor(now.getTime() / 30_000));
    expect(checkTotpCode({ secret, code: totpCode({ secret, now }), now, lastStep: first.step })).toEqual({ ok: false, reason: "replayed" });
    expect(checkTotpCode({ secret, code: totpCode({ secret, now: at(-30) }), now, lastStep: first.step })).toEqual({ ok: false, reason: "replayed" });
    // The next step is still fine.
    expect(checkTotpCode({ secret, code: totpCode({ secret, now: at(30) }), now: at(30), lastStep: first.step }).ok).toBe(true);
  });
});
