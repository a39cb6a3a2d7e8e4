import "server-only";
import type { OrgRole } from "@/generated/prisma/enums";
import { db } from "@/lib/db/client";
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

export type OrgShell = { access: OrgAccess; organisations: MyOrganisation[] };

export async function getOrgShell(options: { userId: string; organisationId: string }): Promise<OrgShell> {
  const [access, organisations] = await Promise.all([
    requireOrgAccess({ ...options, permission: "org.read" }),
    listMyOrganisations(options.userId),
  ]);
  return { access, organisations };
}
