import "server-only";
import { isEditable } from "@/lib/assessments/lifecycle";
import { db } from "@/lib/db/client";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { requireAssessmentAccess } from "@/lib/tenancy/assessment-access";

// Removable by whoever added it, or by an organisation admin, while the assessment is a draft.
export async function removeEvidence(options: {
  userId: string;
  evidenceId: string;
}): Promise<{ assessmentId: string }> {
  const prisma = await db();
  const evidence = await prisma.evidence.findUnique({
    where: { id: options.evidenceId },
    select: { id: true, assessmentId: true, uploadedById: true },
  });
  if (!evidence) throw notFound("evidenceNotFound");
  const { assessment, role } = await requireAssessmentAccess({
    userId: options.userId,
    assessmentId: evidence.assessmentId,
    permission: "assessment.read",
  }).catch(() => {
    throw notFound("evidenceNotFound");
  });
  if (evidence.uploadedById !== options.userId && role !== "ADMIN") throw forbidden("evidenceRemoveForbidden");
  if (!isEditable(assessment.status)) throw new AppError({ code: "LOCKED", messageKey: "assessmentLocked" });
  await prisma.evidence.delete({ where: { id: evidence.id } });
  return { assessmentId: assessment.id };
}
