import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { contentForVersion } from "@/lib/content/snapshot";
import { sealTextField } from "@/lib/crypto/field-cipher";
import { db } from "@/lib/db/client";
import { newRowId } from "@/lib/db/new-row-id";
import { AppError } from "@/lib/errors";
import { ROADMAP_TX_OPTIONS } from "@/lib/roadmap/generate-roadmap";
import { regenerateRoadmap } from "@/lib/roadmap/regenerate-roadmap";
import { requireAssessmentAccess } from "@/lib/tenancy/assessment-access";
import { permissionFor, transition, type AssessmentStatus } from "./lifecycle";
import { getAssessmentOverview } from "./queries";
import type { TTransitionAssessmentInput } from "./schema";

export async function transitionAssessment(options: {
  userId: string;
  input: TTransitionAssessmentInput;
}): Promise<{ organisationId: string; status: AssessmentStatus }> {
  const { userId, input } = options;
  const { assessment } = await requireAssessmentAccess({ userId, assessmentId: input.assessmentId, permission: permissionFor(input.action) });
  const next = transition(assessment.status, input.action);
  if (!next) throw new AppError({ code: "CONFLICT", messageKey: "transitionNotAllowed" });
  if (input.action === "submit") {
    const { blockers } = await getAssessmentOverview({ userId, organisationId: assessment.organisationId, assessmentId: assessment.id });
    if (blockers.length > 0) throw new AppError({ code: "BAD_INPUT", messageKey: "submissionBlocked", details: { blockers } });
  }
  const now = new Date();
  const prisma = await db();
  // Approval freezes the roadmap with the answers: it is regenerated from them in the same step.
  const content = input.action === "approve" ? await contentForVersion(assessment.contentVersion) : null;
  await prisma.$transaction(async (tx) => {
    // Conditional on the status we checked: two reviewers acting at once cannot both succeed.
    const { count } = await tx.assessment.updateMany({
      where: { id: assessment.id, status: assessment.status },
      data: {
        status: next,
        ...(input.action === "submit" ? { submittedAt: now } : {}),
        ...(input.action === "approve" ? { approvedAt: now, approvedById: userId } : {}),
        ...(input.action === "archive" ? { archivedAt: now } : {}),
      },
    });
    if (count === 0) throw new AppError({ code: "CONFLICT", messageKey: "transitionNotAllowed" });
    if (input.comment) {
      const id = newRowId();
      const body = sealTextField({ table: "Comment", column: "body", row: { id }, value: input.comment }) ?? "";
      await tx.comment.create({ data: { id, assessmentId: assessment.id, authorId: userId, body } });
    }
    if (content) await regenerateRoadmap({ tx, assessmentId: assessment.id, content });
    await recordAuditEvent(tx, {
      organisationId: assessment.organisationId,
      actorUserId: userId,
      action: "assessment.transition",
      targetType: "assessment",
      targetId: assessment.id,
      summary: {
        action: input.action,
        before: assessment.status,
        after: next,
        commentLength: input.comment?.length ?? 0,
      },
    });
  }, ROADMAP_TX_OPTIONS);
  return { organisationId: assessment.organisationId, status: next };
}
