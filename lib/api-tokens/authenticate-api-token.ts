import "server-only";
import type { OrgRole } from "@/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashApiToken, looksLikeApiToken } from "./token";

// Who an API request acts as: the token's owner, inside the token's organisation only.
export type ApiPrincipal = { tokenId: string; userId: string; organisationId: string; role: OrgRole };

const LAST_USED_RESOLUTION_MS = 60_000;

// Missing, malformed, unknown, revoked and expired tokens, and tokens whose owner has left the
// organisation, all get the same answer, so a token's state cannot be probed.
export async function authenticateApiToken(authorization: string | null): Promise<ApiPrincipal> {
  const token = bearerToken(authorization);
  if (!token) throw invalidToken();
  const prisma = await db();
  const row = await prisma.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, userId: true, organisationId: true, expiresAt: true, revokedAt: true, lastUsedAt: true },
  });
  const now = new Date();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) throw invalidToken();
  const membership = await prisma.membership.findUnique({
    where: { userId_organisationId: { userId: row.userId, organisationId: row.organisationId } },
    select: { role: true },
  });
  if (!membership) throw invalidToken();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await touchLastUsed({ tokenId: row.id, now });
  }
  return { tokenId: row.id, userId: row.userId, organisationId: row.organisationId, role: membership.role };
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
