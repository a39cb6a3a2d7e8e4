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
  // One round trip: the assessment joined to the caller's membership of its organisation.
  const rows = await prisma.$queryRaw<Array<Assessment & { role: OrgRole }>>`
    SELECT a.*, m."role"::text AS "role"
    FROM "Assessment" a
    JOIN "Membership" m ON m."organisationId" = a."organisationId" AND m."userId" = ${options.userId}
    WHERE a."id" = ${options.assessmentId}`;
  const row = rows[0];
  if (!row) throw notFound("assessmentNotFound");
  if (!can(row.role, options.permission)) throw forbidden();
  const { role, ...assessment } = row;
  return { assessment, role };
}
