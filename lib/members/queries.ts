import "server-only";
import type { OrgRole } from "@/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { invitationStatus, type InvitationStatus } from "@/lib/invitations/invitation-status";
import { requireOrgAccess } from "@/lib/tenancy/org-access";

export type MemberRow = {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: OrgRole;
  joinedAt: Date;
  mfaEnabled: boolean;
};
export type InvitationRow = { id: string; email: string; role: OrgRole; status: InvitationStatus; expiresAt: Date };
export type MembersPage = { organisationName: string; requireMfa: boolean; members: MemberRow[]; invitations: InvitationRow[] };

export async function getMembersPage(options: { userId: string; organisationId: string }): Promise<MembersPage> {
  const access = await requireOrgAccess({ ...options, permission: "members.manage" });
  const prisma = await db();
  const [memberships, invitations, organisation] = await Promise.all([
    prisma.membership.findMany({
      where: { organisationId: options.organisationId },
      include: { user: { select: { name: true, email: true, mfaEnabledAt: true } } },
      orderBy: { createdAt: "asc" },
    }),
    prisma.invitation.findMany({
      where: { organisationId: options.organisationId, assessmentId: null },
      orderBy: { createdAt: "desc" },
      take: 50,
    }),
    prisma.organisation.findUniqueOrThrow({ where: { id: options.organisationId }, select: { requireMfa: true } }),
  ]);
  const now = new Date();
  return {
    organisationName: access.organisationName,
    requireMfa: organisation.requireMfa,
    members: memberships.map((m) => ({
      membershipId: m.id,
      userId: m.userId,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      joinedAt: m.createdAt,
      mfaEnabled: m.user.mfaEnabledAt !== null,
    })),
    invitations: invitations.map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      status: invitationStatus(i, now),
      expiresAt: i.expiresAt,
    })),
  };
}
