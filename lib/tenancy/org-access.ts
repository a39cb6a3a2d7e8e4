import "server-only";
import type { OrgRole } from "@/generated/prisma/enums";
import { can, type Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { forbidden, notFound } from "@/lib/errors";
import { isWellFormedId } from "./well-formed-id";

export type OrgAccess = { organisationId: string; organisationName: string; role: OrgRole };

// Every organisation-scoped read and write starts here. Not a member: NOT_FOUND (the same answer
// as a missing organisation, so ids cannot be probed); a member without the permission: FORBIDDEN.
export async function requireOrgAccess(options: {
  userId: string;
  organisationId: string;
  permission: Permission;
}): Promise<OrgAccess> {
  if (!isWellFormedId(options.organisationId)) throw notFound("organisationNotFound");
  const prisma = await db();
  const membership = await prisma.membership.findUnique({
    where: { userId_organisationId: { userId: options.userId, organisationId: options.organisationId } },
    include: { organisation: { select: { name: true } } },
  });
  if (!membership) throw notFound("organisationNotFound");
  if (!can(membership.role, options.permission)) throw forbidden();
  return {
    organisationId: membership.organisationId,
    organisationName: membership.organisation.name,
    role: membership.role,
  };
}
