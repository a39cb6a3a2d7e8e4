import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TContentModel } from "@/lib/content/schema";
import { scoreAssessment, scoreLayer, type ScoringAnswer } from "@/lib/scoring/score-assessment";

// Keeps AssessmentLayerScore in step with the answers, in the same transaction as the write, so
// dashboards can aggregate levels in SQL without re-scoring.
export async function recomputeScores(options: {
  tx: Prisma.TransactionClient;
  assessmentId: string;
  content: TContentModel;
  layerIds?: readonly string[];
}): Promise<void> {
  const { tx, assessmentId, content } = options;
  const layerIds = options.layerIds ?? content.layers.map((l) => l.id);
  const answers = await tx.answer.findMany({
    where: { assessmentId, layerId: { in: [...layerIds] } },
    select: { practiceId: true, value: true },
  });
  const score = scoreAssessment({
    layerIds,
    practices: content.practices.map((p) => ({ id: p.id, layerId: p.layer, level: p.level })),
    answers: new Map(answers.map((a) => [a.practiceId, a.value as ScoringAnswer])),
  });
  for (const layer of score.layers) {
    const values = { level: layer.level, score: layer.score, completion: layer.completion };
    await tx.assessmentLayerScore.upsert({
      where: { assessmentId_layerId: { assessmentId, layerId: layer.layerId } },
      create: { assessmentId, layerId: layer.layerId, ...values },
      update: values,
    });
  }
}

// Takes the layer's score row lock for the rest of the transaction, creating the row first if the
// assessment has none yet. An answer save normally takes this lock in its write statement; this is
// for the rare assessment whose score row is missing.
export async function lockLayerScore(options: {
  tx: Prisma.TransactionClient;
  assessmentId: string;
  layerId: string;
}): Promise<void> {
  const { tx, assessmentId, layerId } = options;
  await tx.$executeRaw`
    INSERT INTO "AssessmentLayerScore" ("assessmentId", "layerId", "level", "score", "completion", "updatedAt")
    VALUES (${assessmentId}, ${layerId}, 0, 0, 0, ${new Date()})
    ON CONFLICT ("assessmentId", "layerId") DO NOTHING`;
  await tx.$executeRaw`
    SELECT 1 FROM "AssessmentLayerScore" WHERE "assessmentId" = ${assessmentId} AND "layerId" = ${layerId} FOR UPDATE`;
}

// Re-scores one layer after a save: a compact read of that layer's answers, one upsert.
// Concurrent saves in the same layer must not overwrite each other's scores with an older view of
// the answers, so the caller holds the layer's score row lock (FOR UPDATE, taken by an earlier
// statement of the same transaction, after its answer write). This read then starts after every
// other save of the layer has committed or is still waiting for the lock, and, at READ COMMITTED,
// sees all that committed; a save still waiting re-scores after this one and sees it.
export async function recomputeLayerScore(options: {
  tx: Prisma.TransactionClient;
  assessmentId: string;
  content: TContentModel;
  layerId: string;
}): Promise<void> {
  const { tx, assessmentId, content, layerId } = options;
  const answers = await tx.$queryRaw<Array<{ practiceId: string; value: ScoringAnswer }>>`
    SELECT "practiceId", "value"::text AS "value" FROM "Answer" WHERE "assessmentId" = ${assessmentId} AND "layerId" = ${layerId}`;
  const layer = scoreLayer({
    layerId,
    practices: content.practices.map((p) => ({ id: p.id, layerId: p.layer, level: p.level })),
    answers: new Map(answers.map((a) => [a.practiceId, a.value])),
  });
  await tx.$executeRaw`
    INSERT INTO "AssessmentLayerScore" ("assessmentId", "layerId", "level", "score", "completion", "updatedAt")
    VALUES (${assessmentId}, ${layerId}, ${layer.level}, ${layer.score}, ${layer.completion}, ${new Date()})
    ON CONFLICT ("assessmentId", "layerId") DO UPDATE
    SET "level" = EXCLUDED."level", "score" = EXCLUDED."score", "completion" = EXCLUDED."completion", "updatedAt" = EXCLUDED."updatedAt"`;
}
