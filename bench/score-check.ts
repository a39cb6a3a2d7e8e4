import pg from "pg";
import { getContentModel } from "../lib/content/load";
import { scoreAssessment, type ScoringAnswer } from "../lib/scoring/score-assessment";

export type ScoreCheck = { layers: number; outOfStep: string[] };

// Throughput means nothing if the saves leave AssessmentLayerScore behind the answers: after the
// API phase, every stored layer score must equal the score computed afresh from the stored answers.
export async function checkStoredScores(options: { databaseUrl: string; assessmentId: string }): Promise<ScoreCheck> {
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    const answers = await client.query<{ practiceId: string; value: ScoringAnswer }>(
      `SELECT "practiceId", "value"::text AS "value" FROM "Answer" WHERE "assessmentId" = $1`,
      [options.assessmentId],
    );
    const stored = await client.query<{ layerId: string; level: number; score: number; completion: number }>(
      `SELECT "layerId", "level", "score", "completion" FROM "AssessmentLayerScore" WHERE "assessmentId" = $1`,
      [options.assessmentId],
    );
    const content = getContentModel();
    const expected = scoreAssessment({
      layerIds: content.layers.map((l) => l.id),
      practices: content.practices.map((p) => ({ id: p.id, layerId: p.layer, level: p.level })),
      answers: new Map(answers.rows.map((a) => [a.practiceId, a.value])),
    });
    const byLayer = new Map(stored.rows.map((row) => [row.layerId, row]));
    const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;
    const outOfStep = expected.layers
      .filter((layer) => {
        const row = byLayer.get(layer.layerId);
        return !row || row.level !== layer.level || !close(row.score, layer.score) || !close(row.completion, layer.completion);
      })
      .map((layer) => layer.layerId);
    return { layers: expected.layers.length, outOfStep };
  } finally {
    await client.end();
  }
}
