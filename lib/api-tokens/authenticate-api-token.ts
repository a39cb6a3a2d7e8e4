import "server-only";
import type { OrgRole } from "@/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashApiToken, looksLikeApiToken } from "./token";

// Who an API request acts as: the token's owner, inside the token's organisation only.
export type ApiPrincipal = { tokenId: string; userId: string; organisationId: string; role: OrgRole };

const LAST_USED_RESOLUTION_MS = 60_000;

type TokenRow = {
  id: string;
  userId: string;
  organisationId: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  role: OrgRole;
};

// Missing, malformed, unknown, revoked and expired tokens, and tokens whose owner has left the
// organisation, all get the same answer, so a token's state cannot be probed.
export async function authenticateApiToken(authorization: string | null): Promise<ApiPrincipal> {
  const token = bearerToken(authorization);
  if (!token) throw invalidToken();
  const prisma = await db();
  // One round trip: the token, joined with its owner's current membership of the token's
  // organisation (no membership, no row). An organisation that requires MFA accepts tokens only
  // from members who have it, as its pages do.
  const rows = await prisma.$queryRaw<TokenRow[]>`
    SELECT t."id", t."userId", t."organisationId", t."expiresAt", t."revokedAt", t."lastUsedAt", m."role"::text AS "role"
    FROM "ApiToken" t
    JOIN "Membership" m ON m."userId" = t."userId" AND m."organisationId" = t."organisationId"
    JOIN "Organisation" o ON o."id" = t."organisationId"
    JOIN "User" u ON u."id" = t."userId"
    WHERE t."tokenHash" = ${hashApiToken(token)} AND (NOT o."requireMfa" OR u."mfaEnabledAt" IS NOT NULL)`;
  const row = rows[0];
  const now = new Date();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) throw invalidToken();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await touchLastUsed({ tokenId: row.id, now });
  }
  return { tokenId: row.id, userId: row.userId, organisationId: row.organisationId, role: row.role };
}

function bearerToken(authorization: string | null): string | null {
  const match = /^Bearer[ ]+(\S+)[ ]*$/i.exec(authorization ?? "");
  const token = match?.[1];
  return token && looksLikeApiToken(token) ? token : null;
}

// At most one write a minute per token: the condition lets one of many concurrent requests win and
// the others update nothing, so a busy client does not turn every read into a write.
async function touchLastUsed(options: { tokenId: string; now: Date }): Promise<void> {
  const prisma = await db();
  const staleBefore = new Date(options.now.getTime() - LAST_USED_RESOLUTION_MS);
  await prisma.apiToken.updateMany({
    where: { id: options.tokenId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: staleBefore } }] },
    data: { lastUsedAt: options.now },
  });
}

function invalidToken(): AppError {
  return new AppError({ code: "UNAUTHENTICATED", messageKey: "apiTokenInvalid" });
}
