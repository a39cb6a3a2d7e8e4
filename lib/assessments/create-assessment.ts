import "server-only";
import { currentContent } from "@/lib/content/snapshot";
import { LAYER_IDS } from "@/lib/content/schema";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { requireOrgAccess } from "@/lib/tenancy/org-access";
import { recomputeScores } from "./recompute-scores";
import type { TCreateAssessmentInput } from "./schema";

// A new assessment pins the current content version. Started from the program's last approved
// assessment, it carries that one's answers over, each marked for re-confirmation.
export async function createAssessment(options: {
  userId: string;
  input: TCreateAssessmentInput;
}): Promise<{ id: string }> {
  const { userId, input } = options;
  await requireOrgAccess({ userId, organisationId: input.organisationId, permission: "assessments.create" });
  const prisma = await db();
  const program = await prisma.program.findFirst({
    where: { id: input.programId, organisationId: input.organisationId },
  });
  if (!program) throw notFound("programNotFound");
  const content = await currentContent();
  const baseline =
    input.startFrom === "lastApproved"
      ? await prisma.assessment.findFirst({
          where: { programId: program.id, status: "APPROVED" },
          orderBy: { approvedAt: "desc" },
          include: { answers: true },
        })
      : null;
  if (input.startFrom === "lastApproved" && !baseline) {
    throw new AppError({
      code: "BAD_INPUT",
      messageKey: "noApprovedAssessment",
      fieldErrors: { startFrom: ["noApprovedAssessment"] },
    });
  }
  const practiceIds = new Set(content.practices.map((p) => p.id));

  return prisma.$transaction(async (tx) => {
    const assessment = await tx.assessment.create({
      data: {
        organisationId: input.organisationId,
        programId: program.id,
        title: input.title,
        contentVersion: content.version,
        basedOnId: baseline?.id ?? null,
        createdById: userId,
        targets: { create: LAYER_IDS.map((layerId) => ({ layerId, level: Number(input.targets[layerId]) })) },
      },
    });
    // Practices retired in the current content version are not carried over.
    const carried = (baseline?.answers ?? []).filter((a) => practiceIds.has(a.practiceId));
    if (carried.length > 0) {
      await tx.answer.createMany({
        data: carried.map((a) => ({
          assessmentId: assessment.id,
          practiceId: a.practiceId,
          layerId: a.layerId,
          value: a.value,
          notes: a.notes,
          justification: a.justification,
          needsReconfirmation: true,
          updatedById: userId,
        })),
      });
    }
    await recomputeScores({ tx, assessmentId: assessment.id, content });
    return { id: assessment.id };
  });
}
