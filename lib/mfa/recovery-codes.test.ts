import { describe, expect, it } from "vitest";
import { generateRecoveryCodes, hashRecoveryCode, normaliseRecoveryCode, RECOVERY_CODE_COUNT } from "./recovery-codes";

describe("recovery codes", () => {
  it("makes ten distinct codes of four dash-separated groups", () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[a-z1-9]{6}(-[a-z1-9]{6}){3}$/);
    expect(codes.join("")).not.toMatch(/[ilo0]/);
  });

  it("reads back a code in any case, with or without separators", () => {
    const [code] = generateRecoveryCodes();
    const bare = code!.replaceAll("-", "");
    expect(normaliseRecoveryCode(code!)).toBe(bare);
    expect(normaliseRecoveryCode(` ${code!.toUpperCase()} `)).toBe(bare);
    expect(normaliseRecoveryCode(bare.replace(/(.{4})/g, "$1 "))).toBe(bare);
  });

  it("rejects input that cannot be a code", () => {
    for (const input of ["", "123456", "abcdef-abcdef-abcdef", "abcdef-abcdef-abcdef-abcdeo", "abcdef-abcdef-abcdef-abcdefg"]) {
      expect(normaliseRecoveryCode(input)).toBeNull();
    }
  });

  it("hashes deterministically, without revealing the code", () => {
    const bare = normaliseRecoveryCode(generateRecoveryCodes()[0]!)!;
    expect(hashRecoveryCode(bare)).toBe(hashRecoveryCode(bare));
    expect(hashRecoveryCode(bare)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode(bare)).not.toContain(bare);
  });
});
