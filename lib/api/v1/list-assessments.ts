import "server-only";
import type { AssessmentStatus } from "@/generated/prisma/enums";
import type { ApiPrincipal } from "@/lib/api-tokens/authenticate-api-token";
import { db } from "@/lib/db/client";
import { requireOrgAccess } from "@/lib/tenancy/org-access";

export type ApiAssessment = {
  id: string;
  title: string;
  programId: string;
  programName: string;
  status: AssessmentStatus;
  contentVersion: string;
  createdAt: string;
};

export async function listApiAssessments(principal: ApiPrincipal): Promise<{ assessments: ApiAssessment[] }> {
  const { organisationId } = await requireOrgAccess({
    userId: principal.userId,
    organisationId: principal.organisationId,
    permission: "org.read",
  });
  const prisma = await db();
  const rows = await prisma.assessment.findMany({
    where: { organisationId },
    include: { program: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
  return {
    assessments: rows.map((a) => ({
      id: a.id,
      title: a.title,
      programId: a.programId,
      programName: a.program.name,
      status: a.status,
      contentVersion: a.contentVersion,
      createdAt: a.createdAt.toISOString(),
    })),
  };
}
