import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { TContentModel } from "@/lib/content/schema";
import { ANSWER_VALUES, CREDIT_THIRDS, isApplicable, isMet } from "@/lib/scoring/answer-values";
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
// assessment has none yet.
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

// Re-scores one layer from its stored answers with scoreLayer. The caller holds the layer's score
// row lock (lockLayerScore, in an earlier statement of the same transaction), so no save of the
// layer can commit between this read and this write.
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

type LayerPractices = { ids: string[]; levels: number[] };
const practicesByContent = new WeakMap<TContentModel, Map<string, LayerPractices>>();

function layerPractices(content: TContentModel, layerId: string): LayerPractices {
  let byLayer = practicesByContent.get(content);
  if (!byLayer) {
    byLayer = new Map();
    for (const p of content.practices) {
      const entry = byLayer.get(p.layer) ?? { ids: [], levels: [] };
      entry.ids.push(p.id);
      entry.levels.push(p.level);
      byLayer.set(p.layer, entry);
    }
    practicesByContent.set(content, byLayer);
  }
  return byLayer.get(layerId) ?? { ids: [], levels: [] };
}

// The answer scale as data for SQL, taken from lib/scoring/answer-values.ts.
const VALUE_RULES = {
  values: [...ANSWER_VALUES],
  thirds: ANSWER_VALUES.map((v) => (v === "NOT_APPLICABLE" ? 0 : CREDIT_THIRDS[v])),
  met: ANSWER_VALUES.map((v) => isMet(v)),
  applicable: ANSWER_VALUES.map((v) => isApplicable(v)),
};

// A query yielding one row ("level", "score", "completion") that scores one layer exactly as
// scoreLayer (lib/scoring/score-assessment.ts) does, from `answers`, a query yielding
// ("practiceId", "value") rows, with `override`'s value in place of its practice's stored one. It
// lets a save re-score the layer inside its own write statement, so the score is computed from the
// same snapshot the write is checked against, without a round trip in between. The layer's
// practices and the credit, met and applicable flags of each answer value come in as parameters
// (from the content model and answer-values.ts); only the cumulative level rule is restated here.
// Level fractions are added in level order, as scoreLayer adds them, so the floats are identical.
// A test runs both on random layers (tests/integration/answer-save.test.ts).
export function layerScoreSql(options: {
  content: TContentModel;
  layerId: string;
  answers: Prisma.Sql;
  override?: { practiceId: string; value: string };
}): Prisma.Sql {
  const practices = layerPractices(options.content, options.layerId);
  const value = options.override
    ? Prisma.sql`CASE WHEN p."id" = ${options.override.practiceId}::text THEN ${options.override.value}::text ELSE a."value" END`
    : Prisma.sql`a."value"`;
  const rule = (column: "thirds" | "met" | "applicable", type: "int" | "boolean") =>
    Prisma.sql`(${VALUE_RULES[column]}::${Prisma.raw(type)}[])[array_position(${VALUE_RULES.values}::text[], v."value")]`;
  const fraction = (level: number) =>
    Prisma.raw(`CASE WHEN n${level} = 0 THEN 1::float8 ELSE t${level}::float8 / (3 * n${level})::float8 END`);
  return Prisma.sql`
    SELECT
      CASE WHEN NOT m1 THEN 0 WHEN NOT m2 THEN 1 WHEN NOT m3 THEN 2 WHEN NOT m4 THEN 3 ELSE 4 END AS "level",
      ((${fraction(1)} + CASE WHEN m1 THEN ${fraction(2)} ELSE 0 END) + CASE WHEN m1 AND m2 THEN ${fraction(3)} ELSE 0 END)
        + CASE WHEN m1 AND m2 AND m3 THEN ${fraction(4)} ELSE 0 END AS "score",
      CASE WHEN applicable = 0 THEN 1::float8 ELSE answered::float8 / applicable::float8 END AS "completion"
    FROM (
      SELECT
        count(*) FILTER (WHERE l = 1) AS n1, count(*) FILTER (WHERE l = 2) AS n2,
        count(*) FILTER (WHERE l = 3) AS n3, count(*) FILTER (WHERE l = 4) AS n4,
        COALESCE(sum(thirds) FILTER (WHERE l = 1), 0) AS t1, COALESCE(sum(thirds) FILTER (WHERE l = 2), 0) AS t2,
        COALESCE(sum(thirds) FILTER (WHERE l = 3), 0) AS t3, COALESCE(sum(thirds) FILTER (WHERE l = 4), 0) AS t4,
        COALESCE(bool_and(met) FILTER (WHERE l = 1), true) AS m1, COALESCE(bool_and(met) FILTER (WHERE l = 2), true) AS m2,
        COALESCE(bool_and(met) FILTER (WHERE l = 3), true) AS m3, COALESCE(bool_and(met) FILTER (WHERE l = 4), true) AS m4,
        count(*) AS applicable, count(*) FILTER (WHERE answered) AS answered
      FROM (
        SELECT p."level" AS l, v."value" IS NOT NULL AS answered,
               COALESCE(${rule("thirds", "int")}, 0) AS thirds, COALESCE(${rule("met", "boolean")}, false) AS met
        FROM unnest(${practices.ids}::text[], ${practices.levels}::int[]) AS p("id", "level")
        LEFT JOIN (${options.answers}) AS a ON a."practiceId" = p."id"
        CROSS JOIN LATERAL (SELECT ${value} AS "value") AS v
        WHERE COALESCE(${rule("applicable", "boolean")}, true)
      ) AS per_practice
    ) AS per_level`;
}
