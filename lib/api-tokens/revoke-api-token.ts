import "server-only";
import { can } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { requireOrgAccess } from "@/lib/tenancy/org-access";
import type { TRevokeApiTokenInput } from "./schema";

// The owner may revoke their token; an admin (who manages members) may revoke anyone's in the
// organisation. Any other id, including another member's token, is not found: ids cannot be probed.
// Revoking twice is harmless.
export async function revokeApiToken(options: { userId: string; input: TRevokeApiTokenInput }): Promise<void> {
  const { userId, input } = options;
  const access = await requireOrgAccess({ userId, organisationId: input.organisationId, permission: "org.read" });
  const where = {
    id: input.tokenId,
    organisationId: input.organisationId,
    ...(can(access.role, "members.manage") ? {} : { userId }),
  };
  const prisma = await db();
  const token = await prisma.apiToken.findFirst({ where, select: { id: true, userId: true, prefix: true } });
  if (!token) throw notFound("apiTokenNotFound");
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({
      where: { id: token.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) return; // already revoked: nothing changed, nothing to record
    await recordAuditEvent(tx, {
      organisationId: input.organisationId,
      actorUserId: userId,
      action: "apiToken.revoke",
      targetType: "apiToken",
      targetId: token.id,
      summary: { ownerUserId: token.userId, prefix: token.prefix },
    });
  });
}
