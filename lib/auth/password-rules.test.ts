import { describe, expect, it } from "vitest";
import { checkPassword, isCommonPassword } from "./password-policy";
import { checkPasswordShape } from "./password-rules";

describe("password rules", () => {
  it("needs 12 to 128 characters, counted as characters not bytes", () => {
    expect(checkPasswordShape({ password: "a1b2c3d4e5f" })).toEqual(["tooShort"]);
    expect(checkPasswordShape({ password: "a1b2c3d4e5f6" })).toEqual([]);
    expect(checkPasswordShape({ password: "ü".repeat(6) + "ßø€ñçå" })).toEqual([]);
    expect(checkPasswordShape({ password: "abcdefgh".repeat(16) })).toEqual([]);
    expect(checkPasswordShape({ password: "abcdefgh".repeat(16) + "i" })).toEqual(["tooLong"]);
  });

  it("imposes no composition rules: a long lowercase passphrase is fine", () => {
    expect(checkPassword({ password: "correct horse battery staple" })).toEqual([]);
  });

  it("refuses passwords that contain the email's local part", () => {
    expect(checkPasswordShape({ password: "priya.sharma-2026!", email: "priya.sharma@state.gov" })).toEqual(["containsEmail"]);
  });

  it("refuses passwords made of three characters or fewer", () => {
    expect(checkPasswordShape({ password: "abababababab" })).toEqual(["repetitive"]);
  });
});

describe("common-password list", () => {
  it("refuses listed passwords, in any case", () => {
    expect(isCommonPassword("qwertyuiop123")).toBe(true);
    expect(isCommonPassword("QWERTYUIOP123")).toBe(true);
    expect(checkPassword({ password: "1qaz2wsx3edc" })).toEqual(["common"]);
  });

  it("refuses a common word dressed up with trailing digits and symbols", () => {
    expect(isCommonPassword("password2024!!")).toBe(true);
    expect(isCommonPassword("sunshine123456")).toBe(true);
  });

  it("accepts an uncommon passphrase", () => {
    expect(isCommonPassword("maturity-ladder-of-seven-layers")).toBe(false);
  });
});
