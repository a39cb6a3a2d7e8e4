import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TContentModel } from "@/lib/content/schema";
import { scoreAssessment, type ScoringAnswer } from "@/lib/scoring/score-assessment";

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
