import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { isEditable } from "@/lib/assessments/lifecycle";
import { contentForVersion } from "@/lib/content/snapshot";
import { sealTextField } from "@/lib/crypto/field-cipher";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { requireAssessmentAccess } from "@/lib/tenancy/assessment-access";
import type { TIsmsStatus, TSetIsmsItemStatusInput } from "./schema";

export type SavedIsmsItemStatus = {
  organisationId: string;
  assessmentId: string;
  itemId: string;
  status: TIsmsStatus;
  evidence: string | null;
  version: number;
  updatedAt: string;
};

function locked(): AppError {
  return new AppError({ code: "LOCKED", messageKey: "ismsLocked" });
}

// The lead (assessment.manage) records one ISMS item of a draft: in place, partly or missing, with
// a note on the evidence. `version` is what the form was loaded with (0: no record yet); a record
// changed meanwhile is a CONFLICT and nothing is written, as with answers.
export async function setIsmsItemStatus(options: {
  userId: string;
  input: TSetIsmsItemStatusInput;
}): Promise<SavedIsmsItemStatus> {
  const { input, userId } = options;
  const { assessment } = await requireAssessmentAccess({
    userId,
    assessmentId: input.assessmentId,
    permission: "assessment.manage",
  });
  if (!isEditable(assessment.status)) throw locked();
  const content = await contentForVersion(assessment.contentVersion);
  if (!content.isms.some((item) => item.id === input.itemId)) {
    throw new AppError({
      code: "BAD_INPUT",
      messageKey: "badInput",
      fieldErrors: { itemId: ["readiness.validation.unknownItem"] },
    });
  }
  const evidence = input.evidence.trim() || null;
  const key = { assessmentId: assessment.id, itemId: input.itemId };
  const prisma = await db();
  const saved = await prisma.$transaction(async (tx) => {
    // The share lock waits for a status change in flight, so a write never lands on an assessment
    // that was submitted or approved meanwhile.
    const rows = await tx.$queryRaw<Array<{ status: string }>>`
      SELECT "status"::text AS "status" FROM "Assessment" WHERE "id" = ${assessment.id} FOR SHARE`;
    if (!rows[0]) throw notFound("assessmentNotFound");
    if (rows[0].status !== "DRAFT") throw locked();
    const before = await tx.ismsItemStatus.findUnique({
      where: { assessmentId_itemId: key },
      select: { status: true, evidence: true },
    });
    const sealed = sealTextField({ table: "IsmsItemStatus", column: "evidence", row: key, value: evidence });
    const data = { status: input.status, evidence: sealed, updatedById: userId };
    const { count } =
      input.version === 0
        ? await tx.ismsItemStatus.createMany({ data: [{ ...key, ...data }], skipDuplicates: true })
        : await tx.ismsItemStatus.updateMany({
            where: { ...key, version: input.version },
            data: { ...data, version: { increment: 1 } },
          });
    if (count === 0) return null;
    const row = await tx.ismsItemStatus.findUniqueOrThrow({ where: { assessmentId_itemId: key } });
    // The evidence note is the lead's words: recorded as changed or not, with its length.
    await recordAuditEvent(tx, {
      organisationId: assessment.organisationId,
      actorUserId: userId,
      action: "isms.setStatus",
      targetType: "ismsItem",
      targetId: `${assessment.id}/${input.itemId}`,
      summary: {
        assessmentId: assessment.id,
        itemId: input.itemId,
        before: before?.status ?? null,
        after: input.status,
        version: row.version,
        evidenceChanged: (before?.evidence ?? null) !== evidence,
        evidenceLength: evidence?.length ?? 0,
      },
    });
    return row;
  });
  if (!saved) {
    const current = await prisma.ismsItemStatus.findUnique({
      where: { assessmentId_itemId: key },
      select: { version: true },
    });
    throw new AppError({
      code: "CONFLICT",
      messageKey: "ismsConflict",
      details: { currentVersion: current?.version ?? 0 },
    });
  }
  return {
    organisationId: assessment.organisationId,
    assessmentId: assessment.id,
    itemId: saved.itemId,
    status: saved.status,
    evidence: saved.evidence,
    version: saved.version,
    updatedAt: saved.updatedAt.toISOString(),
  };
}
