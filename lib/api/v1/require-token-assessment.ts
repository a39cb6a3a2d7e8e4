import "server-only";
import type { ApiPrincipal } from "@/lib/api-tokens/authenticate-api-token";
import { can, type Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { forbidden, notFound } from "@/lib/errors";

// The token's organisation scopes everything: an assessment outside it is not found, even when the
// token's owner is a member of that other organisation too. Membership is compiled into the query
// (as in lib/tenancy) and the role is the one read when the token was authenticated in this same
// request. The scope is checked before the role, so a FORBIDDEN never reveals that another
// organisation's assessment exists.
export async function requireTokenAssessment(options: {
  principal: ApiPrincipal;
  assessmentId: string;
  permission: Permission;
}): Promise<{ id: string }> {
  const { principal } = options;
  const prisma = await db();
  const assessment = await prisma.assessment.findFirst({
    where: {
      id: options.assessmentId,
      organisationId: principal.organisationId,
      organisation: { memberships: { some: { userId: principal.userId } } },
    },
    select: { id: true },
  });
  if (!assessment) throw notFound("assessmentNotFound");
  if (!can(principal.role, options.permission)) throw forbidden();
  return assessment;
}
