import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { requireOrgAccess } from "@/lib/tenancy/org-access";
import type { TCreateApiTokenInput } from "./schema";
import { newApiToken } from "./token";

export type CreatedApiToken = { id: string; name: string; prefix: string; token: string; expiresAt: Date | null };

const DAY_MS = 86_400_000;

// Any member may create tokens for themselves: a token acts with its owner's role in that one
// organisation, checked again on every request, so it never grants more than the owner has.
// The plain token is returned here once and never stored.
export async function createApiToken(options: {
  userId: string;
  input: TCreateApiTokenInput;
}): Promise<CreatedApiToken> {
  const { userId, input } = options;
  await requireOrgAccess({ userId, organisationId: input.organisationId, permission: "org.read" });
  const { token, tokenHash, prefix } = newApiToken();
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * DAY_MS) : null;
  const prisma = await db();
  const row = await prisma.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId, organisationId: input.organisationId, name: input.name.trim(), tokenHash, prefix, expiresAt },
    });
    await recordAuditEvent(tx, {
      organisationId: input.organisationId,
      actorUserId: userId,
      action: "apiToken.create",
      targetType: "apiToken",
      targetId: created.id,
      summary: { prefix, expiresAt: expiresAt?.toISOString() ?? null },
    });
    return created;
  });
  return { id: row.id, name: row.name, prefix: row.prefix, token, expiresAt: row.expiresAt };
}
