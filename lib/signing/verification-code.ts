import { randomInt } from "node:crypto";

// Verification codes are typed by people reading a printout: "LW-" and 12 Crockford base32
// characters in groups of four (LW-7K3M-Q9TX-2B4H). Eleven characters are random (55 bits from
// the CSPRNG, too many to guess one); the twelfth is a Luhn mod 32 check character, so a typo
// (one wrong character or two swapped neighbours) is told apart from a code this instance never
// issued.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const RANDOM_LENGTH = 11;
const PREFIX = "LW";

// Crockford's decoding is forgiving: case does not matter, O reads as 0 and I/L as 1.
const ALIASES: Record<string, string> = { O: "0", I: "1", L: "1" };

// A code as it appears in a file: exact form, upper case, hyphens in place.
export const VERIFICATION_CODE_PATTERN = /LW-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/g;

function luhnCheckCharacter(values: readonly number[]): number {
  const n = ALPHABET.length;
  let sum = 0;
  // From the right, every other value (starting with the rightmost) is doubled, as in Luhn mod N.
  for (let i = values.length - 1, double = true; i >= 0; i--, double = !double) {
    let v = values[i] ?? 0;
    if (double) {
      v *= 2;
      v = Math.floor(v / n) + (v % n);
    }
    sum += v;
  }
  return (n - (sum % n)) % n;
}

function format(chars: string): string {
  return `${PREFIX}-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

export function newVerificationCode(): string {
  const values = Array.from({ length: RANDOM_LENGTH }, () => randomInt(ALPHABET.length));
  const chars = [...values, luhnCheckCharacter(values)].map((v) => ALPHABET[v]).join("");
  return format(chars);
}

// The canonical form of what someone typed or pasted, or null when it is not a valid code (wrong
// length, characters outside the alphabet, or a failed check character).
export function parseVerificationCode(input: string): string | null {
  if (input.length > 64) return null;
  let compact = input.toUpperCase().replace(/[\s\-_.]/g, "");
  if (compact.startsWith(PREFIX) && compact.length === PREFIX.length + RANDOM_LENGTH + 1)
    compact = compact.slice(PREFIX.length);
  if (compact.length !== RANDOM_LENGTH + 1) return null;
  const values: number[] = [];
  for (const raw of compact) {
    const index = ALPHABET.indexOf(ALIASES[raw] ?? raw);
    if (index < 0) return null;
    values.push(index);
  }
  const check = values.pop();
  if (check !== luhnCheckCharacter(values)) return null;
  return format(compact.replace(/[OIL]/g, (c) => ALIASES[c] ?? c));
}

// Codes written in a file's bytes (CSV, JSON, PDF text streams), valid ones only, in order of
// appearance and without repeats. latin1 maps every byte to one character, so any file decodes.
export function findVerificationCodes(bytes: Uint8Array, limit = 8): string[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const found: string[] = [];
  for (const match of text.matchAll(VERIFICATION_CODE_PATTERN)) {
    const code = parseVerificationCode(match[0]);
    if (code && !found.includes(code)) found.push(code);
    if (found.length >= limit) break;
  }
  return found;
}
