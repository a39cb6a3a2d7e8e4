import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { layerScoreSql, lockLayerScore, recomputeLayerScore } from "@/lib/assessments/recompute-scores";
import type { TContentModel, TPractice } from "@/lib/content/schema";
import { contentForVersion } from "@/lib/content/snapshot";
import { openTextField, sealTextField } from "@/lib/crypto/field-cipher";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log";
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

// Optimistic attempts before a save waits for the layer's lock instead (see writeAnswer); a save
// loses an attempt only when another save of the same layer commits during its statement.
const OPTIMISTIC_ATTEMPTS = 4;

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
  // Sealed here, once, so the statement below only ever carries ciphertext (lib/crypto).
  const row = { assessmentId: assessment.id, practiceId: practice.id };
  const plain = {
    notes: input.notes || null,
    justification: input.value === "NOT_APPLICABLE" ? input.justification || null : null,
  };
  const save: AnswerSave = {
    organisationId: assessment.organisationId,
    assessmentId: assessment.id,
    practice,
    content,
    value: input.value,
    notes: sealTextField({ table: "Answer", column: "notes", row, value: plain.notes }),
    justification: sealTextField({ table: "Answer", column: "justification", row, value: plain.justification }),
    plain,
    version: input.version,
    userId,
  };

  const prisma = await db();
  let lockFirst = false;
  for (let attempt = 1; attempt <= OPTIMISTIC_ATTEMPTS + 2; attempt += 1) {
    lockFirst ||= attempt > OPTIMISTIC_ATTEMPTS;
    const outcome = await (lockFirst ? writeAnswerLocked(prisma, save) : writeAnswerOptimistic(prisma, save)).catch(raceOnUniqueIndex);
    if (outcome === "raced") continue;
    if (!outcome.editable) throw new AppError({ code: "LOCKED", messageKey: "assessmentLocked" });
    if (!outcome.current) throw await conflict(prisma, save);
    if (!outcome.scoreRow) {
      lockFirst = true; // the locked path creates the missing score row
      continue;
    }
    if (!outcome.scored) continue;
    if (outcome.practiceId === null || outcome.version === null || outcome.updatedAt === null) {
      // The layer was scored with this answer, but the answer row changed under it: only a writer
      // that bypasses the layer's score row could do that. Re-score from what is stored.
      logger.warn({ assessmentId: save.assessmentId, layerId: practice.layer }, "answer changed outside the score discipline; re-scoring the layer");
      await prisma.$transaction(async (tx) => {
        await lockLayerScore({ tx, assessmentId: save.assessmentId, layerId: practice.layer });
        await recomputeLayerScore({ tx, assessmentId: save.assessmentId, content, layerId: practice.layer });
      });
      throw await conflict(prisma, save);
    }
    return { practiceId: outcome.practiceId, version: outcome.version, updatedAt: outcome.updatedAt.toISOString() };
  }
  throw new Error("saveAnswer: the answer could not be written");
}

type AnswerSave = {
  organisationId: string;
  assessmentId: string;
  practice: TPractice;
  content: TContentModel;
  value: string;
  // Sealed (ciphertext) for the statement; the plain text only for the audit event's lengths.
  notes: string | null;
  justification: string | null;
  plain: { notes: string | null; justification: string | null };
  version: number;
  userId: string;
};

type WriteOutcome = {
  // The assessment is still a draft.
  editable: boolean;
  // The stored answer is at the version the user started from (0: there is none).
  current: boolean;
  // The layer has a score row.
  scoreRow: boolean;
  // The score row was updated: it had not changed since this statement's snapshot.
  scored: boolean;
  practiceId: string | null;
  version: number | null;
  updatedAt: Date | null;
  // What the write replaced, for the audit event (null: a first answer).
  previousValue: string | null;
  // The replaced notes and justification, sealed (each seal has its own IV: compared once opened).
  previousNotes: string | null;
  previousJustification: string | null;
};

// One statement, so one transaction: the answer write, checked against the version the user started
// from and against the assessment's status, together with its layer's re-scored row.
//
// Every answer write re-scores its layer in the same statement, so the layer's score row changes
// with every committed save of the layer, and its xmin (the id of the transaction that last wrote
// it) tells whether any did since this statement's snapshot. The score row is updated first, and
// only if its xmin is still the one in the snapshot: when a concurrent save of the layer has
// committed meanwhile, PostgreSQL re-checks the condition against the newer row (READ COMMITTED)
// and updates nothing, and then nothing is written at all ("raced": the caller tries again with a
// fresh snapshot). A save that is still running holds the row until it commits, so this statement
// waits and then sees it. So a score is only ever computed from the answers as committed, and no
// lock is held across a round trip to the application. The answer row is written only after the
// score row, in this statement as in the locked path, so two saves never wait for each other's
// rows in opposite orders.
async function writeAnswer(client: Prisma.TransactionClient, save: AnswerSave): Promise<WriteOutcome> {
  const { assessmentId, practice, version } = save;
  const now = new Date();
  const layerAnswers = Prisma.sql`
    SELECT "practiceId", "value"::text AS "value" FROM "Answer" WHERE "assessmentId" = ${assessmentId} AND "layerId" = ${practice.layer}`;
  const write =
    version === 0
      ? // Answer ids are opaque (Prisma's cuid() for rows it creates); this one is 32 hex characters.
        Prisma.sql`
          INSERT INTO "Answer" ("id", "assessmentId", "practiceId", "layerId", "value", "notes", "justification",
                                "needsReconfirmation", "version", "updatedById", "createdAt", "updatedAt")
          SELECT ${randomUUID().replaceAll("-", "")}, ${assessmentId}, ${practice.id}, ${practice.layer},
                 CAST(${save.value} AS "AnswerValue"), ${save.notes}, ${save.justification}, false, 1, ${save.userId}, ${now}, ${now}
          FROM "scored"
          RETURNING "practiceId", "version", "updatedAt"`
      : Prisma.sql`
          UPDATE "Answer"
          SET "value" = CAST(${save.value} AS "AnswerValue"), "notes" = ${save.notes}, "justification" = ${save.justification},
              "needsReconfirmation" = false, "updatedById" = ${save.userId}, "version" = "version" + 1,
              "confirmedAt" = NULL, "confirmedById" = NULL, "updatedAt" = ${now}
          WHERE "assessmentId" = ${assessmentId} AND "practiceId" = ${practice.id} AND "version" = ${version}
            AND EXISTS (SELECT 1 FROM "scored")
          RETURNING "practiceId", "version", "updatedAt"`;
  const score = layerScoreSql({
    content: save.content,
    layerId: practice.layer,
    answers: layerAnswers,
    override: { practiceId: practice.id, value: save.value },
  });
  const rows = await client.$queryRaw<WriteOutcome[]>`
    WITH "draft" AS (
      SELECT 1 FROM "Assessment" WHERE "id" = ${assessmentId} AND "status" = 'DRAFT'
    ), "current" AS (
      SELECT 1 FROM "draft"
      WHERE COALESCE((SELECT "version" FROM "Answer" WHERE "assessmentId" = ${assessmentId} AND "practiceId" = ${practice.id}), 0)
            = ${version}
    ), "scoreRow" AS (
      SELECT "xmin" FROM "AssessmentLayerScore" WHERE "assessmentId" = ${assessmentId} AND "layerId" = ${practice.layer}
    ), "scored" AS (
      UPDATE "AssessmentLayerScore" s
      SET "level" = n."level", "score" = n."score", "completion" = n."completion", "updatedAt" = ${now}
      FROM (${score}) AS n
      WHERE s."assessmentId" = ${assessmentId} AND s."layerId" = ${practice.layer}
        AND s."xmin" = (SELECT "xmin" FROM "scoreRow") AND EXISTS (SELECT 1 FROM "current")
      RETURNING 1
    ), "written" AS (${write}), "previous" AS (
      SELECT "value"::text AS "value", "notes", "justification"
      FROM "Answer" WHERE "assessmentId" = ${assessmentId} AND "practiceId" = ${practice.id}
    )
    SELECT EXISTS (SELECT 1 FROM "draft") AS "editable", EXISTS (SELECT 1 FROM "current") AS "current",
           EXISTS (SELECT 1 FROM "scoreRow") AS "scoreRow", EXISTS (SELECT 1 FROM "scored") AS "scored",
           w."practiceId", w."version", w."updatedAt", p."value" AS "previousValue",
           p."notes" AS "previousNotes", p."justification" AS "previousJustification"
    FROM (SELECT 1) AS "one" LEFT JOIN "written" w ON true LEFT JOIN "previous" p ON true`;
  return rows[0]!;
}

// The write and its audit event commit together (DESIGN.md §8). The event is appended after the
// statement, so the organisation's audit chain is locked only for the event's insert and the commit.
async function writeAnswerAudited(tx: Prisma.TransactionClient, save: AnswerSave): Promise<WriteOutcome> {
  const outcome = await writeAnswer(tx, save);
  if (outcome.practiceId === null) return outcome;
  // No free text: the notes and justification are recorded as changed or not, with their length.
  const row = { assessmentId: save.assessmentId, practiceId: save.practice.id };
  const previous = (column: "notes" | "justification", value: string | null) =>
    openTextField({ table: "Answer", column, row, value });
  await recordAuditEvent(tx, {
    organisationId: save.organisationId,
    actorUserId: save.userId,
    action: "answer.save",
    targetType: "answer",
    targetId: `${save.assessmentId}/${save.practice.id}`,
    summary: {
      assessmentId: save.assessmentId,
      practiceId: save.practice.id,
      value: save.value,
      previousValue: outcome.previousValue,
      version: outcome.version,
      notesChanged: previous("notes", outcome.previousNotes) !== save.plain.notes,
      notesLength: save.plain.notes?.length ?? 0,
      justificationChanged: previous("justification", outcome.previousJustification) !== save.plain.justification,
      justificationLength: save.plain.justification?.length ?? 0,
    },
  });
  return outcome;
}

// Saves of one organisation queue on its audit chain head (lib/audit), so under a burst a save may
// wait its turn for a pooled connection and for the lock longer than Prisma's defaults (2 s to
// start, 5 s to finish) allow; a save that waits is still a save, not an error.
const SAVE_TX_OPTIONS = { maxWait: 15_000, timeout: 15_000 } as const;

// The optimistic attempt: the statement takes no lock beforehand (see writeAnswer).
function writeAnswerOptimistic(prisma: PrismaClient, save: AnswerSave): Promise<WriteOutcome> {
  return prisma.$transaction((tx) => writeAnswerAudited(tx, save), SAVE_TX_OPTIONS);
}

class NothingWritten extends Error {
  constructor(readonly outcome: WriteOutcome) {
    super("nothing written");
  }
}

// The same statement under the layer's score row lock, taken in an earlier statement: the snapshot
// then shows every committed save of the layer and no other can commit before this one, so the
// write cannot lose. For a save that keeps losing, and for a layer without a score row (which the
// lock creates). Nothing written rolls back, so a score row created for the lock does not stay.
async function writeAnswerLocked(prisma: PrismaClient, save: AnswerSave): Promise<WriteOutcome> {
  return prisma
    .$transaction(async (tx) => {
      await lockLayerScore({ tx, assessmentId: save.assessmentId, layerId: save.practice.layer });
      const outcome = await writeAnswerAudited(tx, save);
      if (!outcome.scored) throw new NothingWritten(outcome);
      return outcome;
    }, SAVE_TX_OPTIONS)
    .catch((error: unknown) => {
      if (error instanceof NothingWritten) return error.outcome;
      throw error;
    });
}

// A first save that meets a row the snapshot did not show: another first save won; the next
// attempt sees it and reports the conflict.
function raceOnUniqueIndex(error: unknown): "raced" {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } }).meta;
  if (meta?.driverAdapterError?.cause?.originalCode === "23505") return "raced";
  throw error;
}

// Someone saved first: tell the user what is on the server now, so both versions can be compared.
async function conflict(client: Prisma.TransactionClient, save: AnswerSave): Promise<AppError> {
  const rows = await client.$queryRaw<Array<Omit<ServerAnswer, "updatedAt"> & { updatedAt: Date }>>`
    SELECT a."value"::text AS "value", a."notes", a."justification", a."version", a."updatedAt",
           COALESCE(u."name", '') AS "updatedBy"
    FROM "Answer" a LEFT JOIN "User" u ON u."id" = a."updatedById"
    WHERE a."assessmentId" = ${save.assessmentId} AND a."practiceId" = ${save.practice.id}`;
  const current = rows[0];
  const row = { assessmentId: save.assessmentId, practiceId: save.practice.id };
  const server: ServerAnswer | null = current
    ? {
        value: current.value,
        notes: openTextField({ table: "Answer", column: "notes", row, value: current.notes }),
        justification: openTextField({ table: "Answer", column: "justification", row, value: current.justification }),
        version: current.version,
        updatedAt: current.updatedAt.toISOString(),
        updatedBy: current.updatedBy,
      }
    : null;
  return new AppError({
    code: "CONFLICT",
    messageKey: "answerConflict",
    values: { name: server?.updatedBy ?? "" },
    details: { server },
  });
}
