import "server-only";
import type { Assessment } from "@/generated/prisma/client";
import type { OrgRole } from "@/generated/prisma/enums";
import { can, type Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { forbidden, notFound } from "@/lib/errors";

export type AssessmentAccess = { assessment: Assessment; role: OrgRole };

// The assessment is found only through the caller's membership of its organisation: a foreign
// id is NOT_FOUND; a member whose role lacks the permission is FORBIDDEN.
export async function requireAssessmentAccess(options: {
  userId: string;
  assessmentId: string;
  permission: Permission;
}): Promise<AssessmentAccess> {
  const prisma = await db();
  const assessment = await prisma.assessment.findFirst({
    where: { id: options.assessmentId, organisation: { memberships: { some: { userId: options.userId } } } },
    include: {
      organisation: { select: { memberships: { where: { userId: options.userId }, select: { role: true } } } },
    },
  });
  const role = assessment?.organisation.memberships[0]?.role;
  if (!assessment || !role) throw notFound("assessmentNotFound");
  if (!can(role, options.permission)) throw forbidden();
  const { organisation, ...rest } = assessment;
  void organisation;
  return { assessment: rest, role };
}
