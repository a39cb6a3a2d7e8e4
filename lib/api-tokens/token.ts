import { createHash, randomBytes } from "node:crypto";

const TOKEN_PREFIX = "lw_";
// `lw_` + 32 random bytes in base64url (43 characters, no padding).
const TOKEN_PATTERN = /^lw_[A-Za-z0-9_-]{43}$/;

export type NewApiToken = { token: string; tokenHash: string; prefix: string };

// 256 random bits, stored only as their SHA-256: a database leak yields no usable token. A fast
// hash is enough for random secrets (nothing to brute-force), and it keeps the lookup an index hit.
export function newApiToken(): NewApiToken {
  const secret = randomBytes(32).toString("base64url");
  const token = `${TOKEN_PREFIX}${secret}`;
  return { token, tokenHash: hashApiToken(token), prefix: secret.slice(0, 8) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function looksLikeApiToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}
