import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { requireOrgAccess } from "@/lib/tenancy/org-access";
import type { TRemoveMemberInput, TUpdateMemberRoleInput } from "./schema";

// An organisation must always keep at least one admin, or nobody could manage it again.
async function assertAnotherAdminRemains(tx: Prisma.TransactionClient, organisationId: string, membershipId: string) {
  const admins = await tx.membership.count({ where: { organisationId, role: "ADMIN", id: { not: membershipId } } });
  if (admins === 0) throw new AppError({ code: "CONFLICT", messageKey: "lastAdmin" });
}

export async function updateMemberRole(options: { userId: string; input: TUpdateMemberRoleInput }): Promise<void> {
  const { userId, input } = options;
  await requireOrgAccess({ userId, organisationId: input.organisationId, permission: "members.manage" });
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { id: input.membershipId, organisationId: input.organisationId },
    });
    if (!membership) throw notFound("memberNotFound");
    if (membership.role === "ADMIN" && input.role !== "ADMIN") {
      await assertAnotherAdminRemains(tx, input.organisationId, membership.id);
    }
    await tx.membership.update({ where: { id: membership.id }, data: { role: input.role } });
    await recordAuditEvent(tx, {
      organisationId: input.organisationId,
      actorUserId: userId,
      action: "member.roleChange",
      targetType: "membership",
      targetId: membership.id,
      summary: { userId: membership.userId, before: membership.role, after: input.role },
    });
  });
}

export async function removeMember(options: { userId: string; input: TRemoveMemberInput }): Promise<void> {
  const { userId, input } = options;
  await requireOrgAccess({ userId, organisationId: input.organisationId, permission: "members.manage" });
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { id: input.membershipId, organisationId: input.organisationId },
    });
    if (!membership) throw notFound("memberNotFound");
    if (membership.role === "ADMIN") await assertAnotherAdminRemains(tx, input.organisationId, membership.id);
    await tx.membership.delete({ where: { id: membership.id } });
    await recordAuditEvent(tx, {
      organisationId: input.organisationId,
      actorUserId: userId,
      action: "member.remove",
      targetType: "membership",
      targetId: membership.id,
      summary: { userId: membership.userId, role: membership.role },
    });
    // Their sessions stay valid for other organisations; access here ends with the membership.
  });
}
