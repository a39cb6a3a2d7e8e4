import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TSetOrganisationMfaInput } from "@/lib/mfa/schema";
import { requireOrgAccess } from "@/lib/tenancy/org-access";

// Requiring MFA takes effect at every member's next request (lib/auth/session-stage.ts): members
// without it are sent to enrol before anything else.
export async function setOrganisationMfa(options: { userId: string; input: TSetOrganisationMfaInput }): Promise<void> {
  const access = await requireOrgAccess({ userId: options.userId, organisationId: options.input.organisationId, permission: "settings.manage" });
  const prisma = await db();
  // The admin turning it on goes first, so they are never sent to enrol by their own switch.
  if (options.input.requireMfa) {
    const self = await prisma.user.findUniqueOrThrow({ where: { id: options.userId }, select: { mfaEnabledAt: true } });
    if (!self.mfaEnabledAt) throw new AppError({ code: "CONFLICT", messageKey: "mfaRequireOwnFirst" });
  }
  const { organisationId } = access;
  const { requireMfa } = options.input;
  await prisma.$transaction(async (tx) => {
    await tx.organisation.update({ where: { id: organisationId }, data: { requireMfa } });
    await recordAuditEvent(tx, {
      organisationId,
      actorUserId: options.userId,
      action: "organisation.requireMfa",
      targetType: "organisation",
      targetId: organisationId,
      summary: { requireMfa },
    });
  });
}
