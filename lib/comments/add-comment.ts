import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { can } from "@/lib/auth/permissions";
import { contentForVersion } from "@/lib/content/snapshot";
import { sealTextField } from "@/lib/crypto/field-cipher";
import { db } from "@/lib/db/client";
import { newRowId } from "@/lib/db/new-row-id";
import { AppError, forbidden } from "@/lib/errors";
import { requireAssessmentAccess } from "@/lib/tenancy/assessment-access";
import type { TAddCommentInput } from "./schema";

// Assessors, reviewers and participants discuss a practice while the assessment is a draft or in review.
export async function addComment(options: { userId: string; input: TAddCommentInput }): Promise<{ id: string }> {
  const { userId, input } = options;
  const { assessment, role, actorIds } = await requireAssessmentAccess({
    userId,
    assessmentId: input.assessmentId,
    permission: "assessment.read",
  });
  if (!can(role, "answers.write") && !can(role, "assessments.review") && actorIds.length === 0) throw forbidden();
  if (assessment.status !== "DRAFT" && assessment.status !== "IN_REVIEW") {
    throw new AppError({ code: "LOCKED", messageKey: "commentsClosed" });
  }
  const content = await contentForVersion(assessment.contentVersion);
  if (!content.practices.some((p) => p.id === input.practiceId)) {
    throw new AppError({ code: "BAD_INPUT", messageKey: "unknownPractice", values: { practiceId: input.practiceId } });
  }
  const prisma = await db();
  const id = newRowId();
  const body = sealTextField({ table: "Comment", column: "body", row: { id }, value: input.body });
  // The comment's text stays out of the event (it is the user's words): its length is recorded.
  const comment = await prisma.$transaction(async (tx) => {
    const created = await tx.comment.create({
      data: { id, assessmentId: assessment.id, practiceId: input.practiceId, authorId: userId, body: body ?? "" },
    });
    await recordAuditEvent(tx, {
      organisationId: assessment.organisationId,
      actorUserId: userId,
      action: "comment.add",
      targetType: "comment",
      targetId: created.id,
      summary: { assessmentId: assessment.id, practiceId: input.practiceId, bodyLength: input.body.length },
    });
    return created;
  });
  return { id: comment.id };
}
