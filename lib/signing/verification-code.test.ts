import { describe, expect, it } from "vitest";
import { findVerificationCodes, newVerificationCode, parseVerificationCode } from "./verification-code";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const FORMAT = /^LW-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

describe("verification codes", () => {
  it("are LW- and three groups of four Crockford characters, and do not repeat", () => {
    const codes = Array.from({ length: 2000 }, newVerificationCode);
    for (const code of codes) expect(code).toMatch(FORMAT);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes.slice(0, 50)) expect(parseVerificationCode(code)).toBe(code);
  });

  it("accept what people type: case, spaces, missing hyphens or prefix, O for 0 and I/L for 1", () => {
    const code = "LW-0123-4567-89A" + checkFor("0123456789A");
    expect(parseVerificationCode(code)).toBe(code);
    const bare = code.slice(3).replace(/-/g, "");
    expect(parseVerificationCode(` ${code.toLowerCase()} `)).toBe(code);
    expect(parseVerificationCode(bare)).toBe(code);
    expect(parseVerificationCode(`lw ${bare.slice(0, 4)} ${bare.slice(4, 8)} ${bare.slice(8)}`)).toBe(code);
    expect(parseVerificationCode(code.replace("LW-0", "LW-O").replace("-01", "-O1").replace("1", "l"))).toBe(code);
  });

  it("tell a typo from a code: every single wrong character fails the check", () => {
    const code = newVerificationCode();
    const chars = code.slice(3).replace(/-/g, "");
    for (let i = 0; i < chars.length; i++) {
      for (const c of ALPHABET) {
        if (c === chars[i]) continue;
        const typo = chars.slice(0, i) + c + chars.slice(i + 1);
        expect(parseVerificationCode(typo), `${typo} from ${chars}`).toBeNull();
      }
    }
  });

  it("catch swapped neighbours", () => {
    const code = "LW-0123-4567-89A" + checkFor("0123456789A");
    const chars = code.slice(3).replace(/-/g, "");
    for (let i = 0; i < chars.length - 1; i++) {
      const swapped = chars.slice(0, i) + chars[i + 1] + chars[i] + chars.slice(i + 2);
      expect(parseVerificationCode(swapped), swapped).toBeNull();
    }
  });

  it("refuse what is not a code", () => {
    for (const input of [
      "",
      "LW-",
      "LW-1234-5678",
      "LW-1234-5678-9ABC-DEFG",
      "LW-UUUU-UUUU-UUUU",
      "x".repeat(500),
      "LW-!!!!-....-????",
    ]) {
      expect(parseVerificationCode(input), input).toBeNull();
    }
  });

  it("are found in a file's bytes, valid ones only, in order and once each", () => {
    const a = newVerificationCode();
    const b = newVerificationCode();
    const bytes = Buffer.concat([
      Buffer.from([0, 255, 10, 13]),
      Buffer.from(`Practice,Answer\r\nVerification code,${a},LW-0000-0000-0001\r\n"${b}" ${a}`),
      Buffer.from([0x50, 0x4b, 3, 4]),
    ]);
    expect(findVerificationCodes(new Uint8Array(bytes))).toEqual([a, b]);
    expect(findVerificationCodes(new TextEncoder().encode("nothing here"))).toEqual([]);
  });
});

// The check character, recomputed independently: Luhn mod 32 over the eleven payload characters.
function checkFor(payload: string): string {
  let sum = 0;
  let factor = 2;
  for (let i = payload.length - 1; i >= 0; i--) {
    const addend = factor * ALPHABET.indexOf(payload[i] ?? "");
    sum += Math.floor(addend / 32) + (addend % 32);
    factor = factor === 2 ? 1 : 2;
  }
  return ALPHABET[(32 - (sum % 32)) % 32] ?? "";
}
