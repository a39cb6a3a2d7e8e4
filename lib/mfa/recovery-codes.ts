import { createHash, randomInt } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;
// 24 characters from a 32-letter alphabet: 120 bits each. ASVS 5.0 (6.5.2) lets lookup secrets of
// 112 bits or more be stored with a plain hash, so a code is found by its SHA-256 in one query.
// No i, l or o, which are easily mistaken for 1 and 0.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz123456789";
const GROUPS = 4;
const GROUP_LENGTH = 6;

function randomGroup(): string {
  let group = "";
  for (let i = 0; i < GROUP_LENGTH; i++) group += ALPHABET[randomInt(ALPHABET.length)];
  return group;
}

export function generateRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => Array.from({ length: GROUPS }, randomGroup).join("-"));
}

// What people type back: any case, with or without the dashes and spaces.
export function normaliseRecoveryCode(input: string): string | null {
  const bare = input.toLowerCase().replace(/[\s-]+/g, "");
  if (bare.length !== GROUPS * GROUP_LENGTH || ![...bare].every((c) => ALPHABET.includes(c))) return null;
  return bare;
}

export function hashRecoveryCode(normalised: string): string {
  return createHash("sha256").update(`layerwise-recovery:${normalised}`).digest("hex");
}

