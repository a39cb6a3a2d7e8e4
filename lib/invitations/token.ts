import { createHash, randomBytes } from "node:crypto";

// The link carries 256 random bits; only their SHA-256 is stored, so a database leak yields no usable link.
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
