import "server-only";
import type { Assessment } from "@/generated/prisma/client";
import { can, type AccessRole, type Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { forbidden, notFound } from "@/lib/errors";
import { isWellFormedId } from "./well-formed-id";

// `actorIds`: the actors the caller plays in this assessment, through the parties they take part in.
export type AssessmentAccess = { assessment: Assessment; role: AccessRole; actorIds: string[] };

type AccessRow = Assessment & { role: AccessRole | null; isGuest: boolean; actorIds: string[] };

// The assessment is found only through the caller's membership of its organisation, or, for a
// guest, through their participation in this one assessment: a foreign id is NOT_FOUND; a caller
// whose role lacks the permission is FORBIDDEN.
export async function requireAssessmentAccess(options: {
  userId: string;
  assessmentId: string;
  permission: Permission;
}): Promise<AssessmentAccess> {
  if (!isWellFormedId(options.assessmentId)) throw notFound("assessmentNotFound");
  const prisma = await db();
  // One round trip: the assessment, the caller's membership and their participation.
  const rows = await prisma.$queryRaw<AccessRow[]>`
    SELECT a.*, m."role"::text AS "role",
      EXISTS (SELECT 1 FROM "Participant" p
              WHERE p."assessmentId" = a."id" AND p."userId" = ${options.userId} AND p."isGuest") AS "isGuest",
      ARRAY(SELECT DISTINCT actor FROM "Participant" p
            JOIN "Party" pa ON pa."id" = p."partyId", unnest(pa."actors") AS actor
            WHERE p."assessmentId" = a."id" AND p."userId" = ${options.userId}
            ORDER BY actor) AS "actorIds"
    FROM "Assessment" a
    LEFT JOIN "Membership" m ON m."organisationId" = a."organisationId" AND m."userId" = ${options.userId}
    WHERE a."id" = ${options.assessmentId}`;
  const row = rows[0];
  if (!row) throw notFound("assessmentNotFound");
  const { role: memberRole, isGuest, actorIds, ...assessment } = row;
  // A member keeps their organisation role; only a non-member participant is a guest.
  const role = memberRole ?? (isGuest ? "GUEST" : null);
  if (!role) throw notFound("assessmentNotFound");
  if (!can(role, options.permission)) throw forbidden();
  return { assessment, role, actorIds };
}
