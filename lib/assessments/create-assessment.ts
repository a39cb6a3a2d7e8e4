import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { currentContent } from "@/lib/content/snapshot";
import { LAYER_IDS } from "@/lib/content/schema";
import { sealTextField } from "@/lib/crypto/field-cipher";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { requireOrgAccess } from "@/lib/tenancy/org-access";
import { applyDefaultRaci } from "@/lib/raci/default-cells";
import { recomputeScores } from "./recompute-scores";
import type { TCreateAssessmentInput } from "./schema";

// A new assessment pins the current content version and starts with the content's default RACI.
// Started from the program's last approved assessment, it carries that one's answers over (each
// marked for re-confirmation), its parties with their participants, and its RACI matrix.
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
          include: { answers: true, raciCells: true, parties: { include: { participants: true } } },
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
        // Sealed again: each ciphertext is bound to its own assessment's row.
        data: carried.map((a) => ({
          assessmentId: assessment.id,
          practiceId: a.practiceId,
          layerId: a.layerId,
          value: a.value,
          notes: sealTextField({ table: "Answer", column: "notes", row: { assessmentId: assessment.id, practiceId: a.practiceId }, value: a.notes }),
          justification: sealTextField({
            table: "Answer",
            column: "justification",
            row: { assessmentId: assessment.id, practiceId: a.practiceId },
            value: a.justification,
          }),
          needsReconfirmation: true,
          updatedById: userId,
        })),
      });
    }
    if (baseline) await copySetup({ tx, from: baseline, to: assessment.id, practiceIds });
    else await applyDefaultRaci({ tx, assessmentId: assessment.id, content });
    await recomputeScores({ tx, assessmentId: assessment.id, content });
    await recordAuditEvent(tx, {
      organisationId: input.organisationId,
      actorUserId: userId,
      action: "assessment.create",
      targetType: "assessment",
      targetId: assessment.id,
      summary: {
        programId: program.id,
        contentVersion: content.version,
        startFrom: input.startFrom,
        basedOnId: baseline?.id ?? null,
        answersCarried: carried.length,
        targets: Object.fromEntries(LAYER_IDS.map((layerId) => [layerId, Number(input.targets[layerId])])),
      },
    });
    return { id: assessment.id };
  });
}

type BaselineSetup = {
  raciCells: Array<{ rowKey: string; actorId: string; role: "R" | "A" | "C" | "I" }>;
  parties: Array<{ name: string; actors: string[]; participants: Array<{ userId: string; isGuest: boolean }> }>;
};

// Rows for practices retired in the current content are dropped, like their answers; layer rows stay.
async function copySetup(options: {
  tx: Prisma.TransactionClient;
  from: BaselineSetup;
  to: string;
  practiceIds: Set<string>;
}): Promise<void> {
  const { tx, from, to, practiceIds } = options;
  const layerIds = new Set<string>(LAYER_IDS);
  await tx.raciCell.createMany({
    data: from.raciCells
      .filter((c) => layerIds.has(c.rowKey) || practiceIds.has(c.rowKey))
      .map((c) => ({ assessmentId: to, rowKey: c.rowKey, actorId: c.actorId, role: c.role })),
  });
  for (const party of from.parties) {
    await tx.party.create({
      data: {
        assessmentId: to,
        name: party.name,
        actors: party.actors,
        participants: {
          create: party.participants.map((p) => ({ assessmentId: to, userId: p.userId, isGuest: p.isGuest })),
        },
      },
    });
  }
}
