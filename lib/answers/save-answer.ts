import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recomputeScores } from "@/lib/assessments/recompute-scores";
import { contentForVersion } from "@/lib/content/snapshot";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { requirePracticeWrite } from "@/lib/raci/require-practice-write";
import type { TSaveAnswerInput } from "./schema";

export type SavedAnswer = { practiceId: string; version: number; updatedAt: string };

export type ServerAnswer = {
  value: string;
  notes: string | null;
  justification: string | null;
  version: number;
  updatedAt: string;
  updatedBy: string;
};

export async function saveAnswer(options: { userId: string; input: TSaveAnswerInput }): Promise<SavedAnswer> {
  const { userId, input } = options;
  const { assessment, practice } = await requirePracticeWrite({
    userId,
    assessmentId: input.assessmentId,
    practiceId: input.practiceId,
  });
  const content = await contentForVersion(assessment.contentVersion);

  const prisma = await db();
  const data = {
    value: input.value,
    notes: input.notes || null,
    justification: input.value === "NOT_APPLICABLE" ? input.justification || null : null,
    needsReconfirmation: false,
    updatedById: userId,
  };
  const where = { assessmentId: assessment.id, practiceId: practice.id };
  const saved = await prisma
    .$transaction(async (tx) => {
      let row;
      if (input.version === 0) {
        const existing = await tx.answer.findUnique({ where: { assessmentId_practiceId: where } });
        if (existing) throw await conflict(tx, existing);
        row = await tx.answer.create({ data: { ...where, layerId: practice.layer, ...data } });
      } else {
        // Conditional on the version the user started from; no matching row means someone saved first.
        row = await tx.answer
          .update({
            where: { assessmentId_practiceId: where, version: input.version },
            data: { ...data, version: { increment: 1 }, confirmedAt: null, confirmedById: null },
          })
          .catch(async (error: unknown) => {
            if ((error as { code?: string }).code !== "P2025") throw error;
            throw await conflict(tx, await tx.answer.findUnique({ where: { assessmentId_practiceId: where } }));
          });
      }
      await recomputeScores({ tx, assessmentId: assessment.id, content, layerIds: [practice.layer] });
      return row;
    })
    .catch(async (error: unknown) => {
      // Two first saves raced and the unique index let one through: the other is a conflict.
      if ((error as { code?: string }).code !== "P2002") throw error;
      throw await conflict(prisma, await prisma.answer.findUnique({ where: { assessmentId_practiceId: where } }));
    });
  return { practiceId: saved.practiceId, version: saved.version, updatedAt: saved.updatedAt.toISOString() };
}

// Someone saved first: tell the user what is on the server now, so both versions can be compared.
// Runs on the caller's client: inside a transaction, a second connection could wait on the first.
async function conflict(
  client: Prisma.TransactionClient,
  current: {
    value: string;
    notes: string | null;
    justification: string | null;
    version: number;
    updatedAt: Date;
    updatedById: string;
  } | null,
): Promise<AppError> {
  const author = current
    ? await client.user.findUnique({ where: { id: current.updatedById }, select: { name: true } })
    : null;
  const server: ServerAnswer | null = current
    ? {
        value: current.value,
        notes: current.notes,
        justification: current.justification,
        version: current.version,
        updatedAt: current.updatedAt.toISOString(),
        updatedBy: author?.name ?? "",
      }
    : null;
  return new AppError({
    code: "CONFLICT",
    messageKey: "answerConflict",
    values: { name: server?.updatedBy ?? "" },
    details: { server },
  });
}
