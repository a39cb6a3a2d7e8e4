import "server-only";
import { normaliseEmail } from "@/lib/auth/normalise-email";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { appUrl, env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { requireOrgAccess } from "@/lib/tenancy/org-access";
import type { TCreateInvitationInput } from "./schema";
import { newInvitationToken } from "./token";

export type CreatedInvitation = { id: string; link: string; expiresAt: Date };

export async function createInvitation(options: {
  userId: string;
  input: TCreateInvitationInput;
}): Promise<CreatedInvitation> {
  const { userId, input } = options;
  await requireOrgAccess({ userId, organisationId: input.organisationId, permission: "members.manage" });
  const prisma = await db();
  const email = normaliseEmail(input.email);
  const existing = await prisma.membership.findFirst({
    where: { organisationId: input.organisationId, user: { email } },
    select: { id: true },
  });
  if (existing)
    throw new AppError({ code: "CONFLICT", messageKey: "alreadyMember", fieldErrors: { email: ["alreadyMember"] } });

  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(Date.now() + env().INVITATION_TTL_HOURS * 3_600_000);
  // The invitee's email is not recorded: the invitation row holds it, and the event points there.
  const invitation = await prisma.$transaction(async (tx) => {
    const created = await tx.invitation.create({
      data: {
        organisationId: input.organisationId,
        email,
        role: input.role,
        tokenHash,
        createdById: userId,
        expiresAt,
      },
    });
    await recordAuditEvent(tx, {
      organisationId: input.organisationId,
      actorUserId: userId,
      action: "invitation.create",
      targetType: "invitation",
      targetId: created.id,
      summary: { role: input.role, expiresAt: expiresAt.toISOString() },
    });
    return created;
  });
  return { id: invitation.id, link: `${appUrl()}/invitations/${token}`, expiresAt };
}
