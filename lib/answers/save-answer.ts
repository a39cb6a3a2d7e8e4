import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { lockLayerScore, recomputeLayerScore } from "@/lib/assessments/recompute-scores";
import { contentForVersion } from "@/lib/content/snapshot";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { requirePracticeWrite, requirePracticeWriteFor } from "@/lib/raci/require-practice-write";
import type { AssessmentAccess } from "@/lib/tenancy/assessment-access";
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

type WriteResult = {
  editable: boolean;
  locked: boolean;
  practiceId: string | null;
  version: number | null;
  updatedAt: Date | null;
};

// `access`: the caller's access to input.assessmentId, when this request has already established it
// (the REST API scopes it to the token's organisation); otherwise it is read here. Either way the
// per-practice rules of requirePracticeWrite apply.
export async function saveAnswer(options: {
  userId: string;
  input: TSaveAnswerInput;
  access?: AssessmentAccess;
}): Promise<SavedAnswer> {
  const { userId, input } = options;
  if (options.access && options.access.assessment.id !== input.assessmentId) {
    throw new Error("saveAnswer: the access given is for another assessment");
  }
  const { assessment, practice } = options.access
    ? await requirePracticeWriteFor({ access: options.access, practiceId: input.practiceId })
    : await requirePracticeWrite({ userId, assessmentId: input.assessmentId, practiceId: input.practiceId });
  const content = await contentForVersion(assessment.contentVersion);

  const prisma = await db();
  const answer = {
    assessmentId: assessment.id,
    practiceId: practice.id,
    layerId: practice.layer,
    value: input.value,
    notes: input.notes || null,
    justification: input.value === "NOT_APPLICABLE" ? input.justification || null : null,
    updatedById: userId,
    now: new Date(),
  };
  const saved = await prisma.$transaction(async (tx) => {
    const written = input.version === 0 ? await createAnswer({ tx, answer }) : await updateAnswer({ tx, answer, version: input.version });
    if (!written.editable) throw new AppError({ code: "LOCKED", messageKey: "assessmentLocked" });
    if (written.practiceId === null || written.version === null || written.updatedAt === null) {
      throw await conflict(tx, answer);
    }
    if (!written.locked) await lockLayerScore({ tx, assessmentId: answer.assessmentId, layerId: answer.layerId });
    await recomputeLayerScore({ tx, assessmentId: answer.assessmentId, content, layerId: answer.layerId });
    return { practiceId: written.practiceId, version: written.version, updatedAt: written.updatedAt };
  });
  return { practiceId: saved.practiceId, version: saved.version, updatedAt: saved.updatedAt.toISOString() };
}

type AnswerWrite = {
  assessmentId: string;
  practiceId: string;
  layerId: string;
  value: string;
  notes: string | null;
  justification: string | null;
  updatedById: string;
  now: Date;
};

// One statement each: the write only while the assessment is still a draft (it may have been
// submitted since the access check), and, once the answer row is written and locked, the lock on
// the layer's score row (see recomputeLayerScore). Always answer row first, then score row, so two
// saves can never wait on each other in opposite orders.

// First save of a practice (version 0): a row that already exists, or one a concurrent first save
// inserted meanwhile, leaves nothing written, which is a conflict.
async function createAnswer(options: { tx: Prisma.TransactionClient; answer: AnswerWrite }): Promise<WriteResult> {
  const { tx, answer: a } = options;
  // Answer ids are opaque (Prisma's cuid() for rows it creates); this one is 32 hex characters.
  const id = randomUUID().replaceAll("-", "");
  const rows = await tx.$queryRaw<WriteResult[]>`
    WITH draft AS (
      SELECT 1 FROM "Assessment" WHERE "id" = ${a.assessmentId} AND "status" = 'DRAFT'
    ), written AS (
      INSERT INTO "Answer" ("id", "assessmentId", "practiceId", "layerId", "value", "notes", "justification",
                            "needsReconfirmation", "version", "updatedById", "createdAt", "updatedAt")
      SELECT ${id}, ${a.assessmentId}, ${a.practiceId}, ${a.layerId}, CAST(${a.value} AS "AnswerValue"), ${a.notes},
             ${a.justification}, false, 1, ${a.updatedById}, ${a.now}, ${a.now}
      FROM draft
      ON CONFLICT ("assessmentId", "practiceId") DO NOTHING
      RETURNING "practiceId", "version", "updatedAt"
    ), locked AS (
      SELECT s."layerId" FROM "AssessmentLayerScore" s, written
      WHERE s."assessmentId" = ${a.assessmentId} AND s."layerId" = ${a.layerId}
      FOR UPDATE OF s
    )
    SELECT EXISTS (SELECT 1 FROM draft) AS "editable", EXISTS (SELECT 1 FROM locked) AS "locked",
           w."practiceId", w."version", w."updatedAt"
    FROM (SELECT 1) AS one LEFT JOIN written w ON true`;
  return rows[0]!;
}

// Later saves: conditional on the version the user started from; no row written means someone
// saved first (or the answer is gone), which is a conflict.
async function updateAnswer(options: {
  tx: Prisma.TransactionClient;
  answer: AnswerWrite;
  version: number;
}): Promise<WriteResult> {
  const { tx, answer: a, version } = options;
  const rows = await tx.$queryRaw<WriteResult[]>`
    WITH draft AS (
      SELECT 1 FROM "Assessment" WHERE "id" = ${a.assessmentId} AND "status" = 'DRAFT'
    ), written AS (
      UPDATE "Answer"
      SET "value" = CAST(${a.value} AS "AnswerValue"), "notes" = ${a.notes}, "justification" = ${a.justification},
          "needsReconfirmation" = false, "updatedById" = ${a.updatedById}, "version" = "version" + 1,
          "confirmedAt" = NULL, "confirmedById" = NULL, "updatedAt" = ${a.now}
      WHERE "assessmentId" = ${a.assessmentId} AND "practiceId" = ${a.practiceId} AND "version" = ${version}
        AND EXISTS (SELECT 1 FROM draft)
      RETURNING "practiceId", "version", "updatedAt"
    ), locked AS (
      SELECT s."layerId" FROM "AssessmentLayerScore" s, written
      WHERE s."assessmentId" = ${a.assessmentId} AND s."layerId" = ${a.layerId}
      FOR UPDATE OF s
    )
    SELECT EXISTS (SELECT 1 FROM draft) AS "editable", EXISTS (SELECT 1 FROM locked) AS "locked",
           w."practiceId", w."version", w."updatedAt"
    FROM (SELECT 1) AS one LEFT JOIN written w ON true`;
  return rows[0]!;
}

// Someone saved first: tell the user what is on the server now, so both versions can be compared.
// Runs on the transaction's own connection, in a statement of its own, so it sees a save that
// committed while the write waited for it.
async function conflict(
  tx: Prisma.TransactionClient,
  where: { assessmentId: string; practiceId: string },
): Promise<AppError> {
  const rows = await tx.$queryRaw<Array<Omit<ServerAnswer, "updatedAt"> & { updatedAt: Date }>>`
    SELECT a."value"::text AS "value", a."notes", a."justification", a."version", a."updatedAt",
           COALESCE(u."name", '') AS "updatedBy"
    FROM "Answer" a LEFT JOIN "User" u ON u."id" = a."updatedById"
    WHERE a."assessmentId" = ${where.assessmentId} AND a."practiceId" = ${where.practiceId}`;
  const current = rows[0];
  const server: ServerAnswer | null = current ? { ...current, updatedAt: current.updatedAt.toISOString() } : null;
  return new AppError({
    code: "CONFLICT",
    messageKey: "answerConflict",
    values: { name: server?.updatedBy ?? "" },
    details: { server },
  });
}
