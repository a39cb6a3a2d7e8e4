import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
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
    select: { id: true, assessmentId: true, practiceId: true, kind: true, uploadedById: true, sha256: true },
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
  await prisma.$transaction(async (tx) => {
    await tx.evidence.delete({ where: { id: evidence.id } });
    await recordAuditEvent(tx, {
      organisationId: assessment.organisationId,
      actorUserId: options.userId,
      action: "evidence.remove",
      targetType: "evidence",
      targetId: evidence.id,
      summary: {
        assessmentId: assessment.id,
        practiceId: evidence.practiceId,
        kind: evidence.kind,
        sha256: evidence.sha256,
        uploadedById: evidence.uploadedById,
      },
    });
  });
  return { assessmentId: assessment.id };
}
