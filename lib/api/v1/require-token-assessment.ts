import "server-only";
import type { Assessment } from "@/generated/prisma/client";
import type { ApiPrincipal } from "@/lib/api-tokens/authenticate-api-token";
import { can, type Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { forbidden, notFound } from "@/lib/errors";
import type { AssessmentAccess } from "@/lib/tenancy/assessment-access";
import { isWellFormedId } from "@/lib/tenancy/well-formed-id";

type AccessRow = Assessment & { actorIds: string[] };

// The token's organisation scopes everything: an assessment outside it is not found, even when the
// token's owner is a member of that other organisation too. Membership is compiled into the query
// (as in lib/tenancy) and the role is the one read when the token was authenticated in this same
// request. The scope is checked before the role, so a FORBIDDEN never reveals that another
// organisation's assessment exists.
// The result is the caller's full access (as lib/tenancy gives it: assessment, role, the actors
// they play), so a write can go on to the per-practice rules without reading the assessment again.
export async function requireTokenAssessment(options: {
  principal: ApiPrincipal;
  assessmentId: string;
  permission: Permission;
}): Promise<AssessmentAccess> {
  const { principal } = options;
  if (!isWellFormedId(options.assessmentId)) throw notFound("assessmentNotFound");
  const prisma = await db();
  const rows = await prisma.$queryRaw<AccessRow[]>`
    SELECT a.*,
      ARRAY(SELECT DISTINCT actor FROM "Participant" p
            JOIN "Party" pa ON pa."id" = p."partyId", unnest(pa."actors") AS actor
            WHERE p."assessmentId" = a."id" AND p."userId" = ${principal.userId}
            ORDER BY actor) AS "actorIds"
    FROM "Assessment" a
    WHERE a."id" = ${options.assessmentId} AND a."organisationId" = ${principal.organisationId}
      AND EXISTS (SELECT 1 FROM "Membership" m
                  WHERE m."organisationId" = a."organisationId" AND m."userId" = ${principal.userId})`;
  const row = rows[0];
  if (!row) throw notFound("assessmentNotFound");
  if (!can(principal.role, options.permission)) throw forbidden();
  const { actorIds, ...assessment } = row;
  return { assessment, role: principal.role, actorIds };
}
