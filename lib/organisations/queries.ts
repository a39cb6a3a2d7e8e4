import "server-only";
import type { OrgRole } from "@/generated/prisma/enums";
import type { AccessRole } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { requireOrgAccess, type OrgAccess } from "@/lib/tenancy/org-access";

export type MyOrganisation = { id: string; name: string; role: OrgRole };

export async function listMyOrganisations(userId: string): Promise<MyOrganisation[]> {
  const prisma = await db();
  const memberships = await prisma.membership.findMany({
    where: { userId },
    include: { organisation: { select: { id: true, name: true } } },
    orderBy: { organisation: { name: "asc" } },
  });
  return memberships.map((m) => ({ id: m.organisation.id, name: m.organisation.name, role: m.role }));
}

export type OrganisationHome = OrgAccess & { memberCount: number; programCount: number; assessmentCount: number };

export async function getOrganisationHome(options: { userId: string; organisationId: string }): Promise<OrganisationHome> {
  const access = await requireOrgAccess({ ...options, permission: "org.read" });
  const prisma = await db();
  const where = { organisationId: options.organisationId };
  const [memberCount, programCount, assessmentCount] = await Promise.all([
    prisma.membership.count({ where }),
    prisma.program.count({ where }),
    prisma.assessment.count({ where }),
  ]);
  return { ...access, memberCount, programCount, assessmentCount };
}

export type GuestParticipation = {
  organisationId: string;
  organisationName: string;
  assessmentId: string;
  assessmentTitle: string;
  partyName: string;
};

// Assessments the user takes part in without being a member of their organisation.
export async function listGuestParticipations(options: {
  userId: string;
  organisationId?: string;
}): Promise<GuestParticipation[]> {
  const prisma = await db();
  const rows = await prisma.participant.findMany({
    where: { userId: options.userId, isGuest: true, assessment: { organisationId: options.organisationId } },
    select: {
      party: { select: { name: true } },
      assessment: { select: { id: true, title: true, organisation: { select: { id: true, name: true } } } },
    },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => ({
    organisationId: r.assessment.organisation.id,
    organisationName: r.assessment.organisation.name,
    assessmentId: r.assessment.id,
    assessmentTitle: r.assessment.title,
    partyName: r.party.name,
  }));
}

export type OrgShell = {
  access: Omit<OrgAccess, "role"> & { role: AccessRole };
  organisations: MyOrganisation[];
  // For a guest: the assessments of this organisation they may open (nothing else is theirs).
  guestAssessments: GuestParticipation[];
};

export async function getOrgShell(options: { userId: string; organisationId: string }): Promise<OrgShell> {
  const organisations = await listMyOrganisations(options.userId);
  try {
    const access = await requireOrgAccess({ ...options, permission: "org.read" });
    return { access, organisations, guestAssessments: [] };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "NOT_FOUND") throw error;
    const guestAssessments = await listGuestParticipations(options);
    const first = guestAssessments[0];
    if (!first) throw error;
    const access = { organisationId: first.organisationId, organisationName: first.organisationName, role: "GUEST" as const };
    return { access, organisations, guestAssessments };
  }
}
