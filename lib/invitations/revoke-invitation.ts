import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { requireOrgAccess } from "@/lib/tenancy/org-access";

export async function revokeInvitation(options: {
  userId: string;
  organisationId: string;
  invitationId: string;
}): Promise<void> {
  await requireOrgAccess({
    userId: options.userId,
    organisationId: options.organisationId,
    permission: "members.manage",
  });
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: options.invitationId, organisationId: options.organisationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw notFound("invitationNotFound");
    await recordAuditEvent(tx, {
      organisationId: options.organisationId,
      actorUserId: options.userId,
      action: "invitation.revoke",
      targetType: "invitation",
      targetId: options.invitationId,
    });
  });
}
