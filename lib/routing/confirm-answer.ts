import "server-only";
import type { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { isEditable } from "@/lib/assessments/lifecycle";
import { contentForVersion } from "@/lib/content/snapshot";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { canConfirmPractice } from "@/lib/raci/practice-rights";
import { loadRaciMatrix } from "@/lib/raci/queries";
import { requireAssessmentAccess } from "@/lib/tenancy/assessment-access";
import type { ZConfirmAnswerInput } from "./schema";

// The Accountable party signs off an answer its Responsible party gave (DESIGN.md §4). Saving the
// answer again clears the confirmation (lib/answers/save-answer.ts), so a confirmation always
// refers to the answer as it stands.
export async function confirmAnswer(options: {
  userId: string;
  input: z.output<typeof ZConfirmAnswerInput>;
}): Promise<void> {
  const { userId, input } = options;
  const { assessment, actorIds } = await requireAssessmentAccess({
    userId,
    assessmentId: input.assessmentId,
    permission: "assessment.read",
  });
  if (!isEditable(assessment.status)) throw new AppError({ code: "LOCKED", messageKey: "assessmentLocked" });
  const content = await contentForVersion(assessment.contentVersion);
  const practice = content.practices.find((p) => p.id === input.practiceId);
  if (!practice)
    throw new AppError({ code: "BAD_INPUT", messageKey: "unknownPractice", values: { practiceId: input.practiceId } });
  const prisma = await db();
  const matrix = await loadRaciMatrix(prisma, assessment.id);
  if (!canConfirmPractice({ actorIds, matrix, practice: { practiceId: practice.id, layerId: practice.layer } })) {
    throw new AppError({ code: "FORBIDDEN", messageKey: "confirmNotAccountable" });
  }
  const count = await prisma.$transaction(async (tx) => {
    const updated = await tx.answer.updateMany({
      where: { assessmentId: assessment.id, practiceId: practice.id, version: input.version },
      data: { confirmedAt: new Date(), confirmedById: userId },
    });
    if (updated.count === 0) return 0;
    await recordAuditEvent(tx, {
      organisationId: assessment.organisationId,
      actorUserId: userId,
      action: "answer.confirm",
      targetType: "answer",
      targetId: `${assessment.id}/${practice.id}`,
      summary: { assessmentId: assessment.id, practiceId: practice.id, version: input.version },
    });
    return updated.count;
  });
  if (count === 0) {
    const exists = await prisma.answer.count({ where: { assessmentId: assessment.id, practiceId: practice.id } });
    throw exists
      ? new AppError({ code: "CONFLICT", messageKey: "confirmStale" })
      : new AppError({ code: "BAD_INPUT", messageKey: "confirmNoAnswer" });
  }
}
