import "server-only";
import type { ApiPrincipal } from "@/lib/api-tokens/authenticate-api-token";
import { loadAssessment } from "@/lib/assessments/load-assessment";

export type ApiLayerScore = { layerId: string; level: number; score: number; completion: number; target: number };
export type ApiOverallScore = { level: number; meanLevel: number; meanScore: number; completion: number };
export type ApiScores = { overall: ApiOverallScore; layers: ApiLayerScore[] };

// Scored live from the answers, as the results page does. loadAssessment refuses an assessment
// outside the token's organisation as not found.
export async function getApiScores(options: { principal: ApiPrincipal; assessmentId: string }): Promise<ApiScores> {
  const loaded = await loadAssessment({
    userId: options.principal.userId,
    organisationId: options.principal.organisationId,
    assessmentId: options.assessmentId,
  });
  const { level, meanLevel, meanScore, completion } = loaded.score.overall;
  return {
    overall: { level, meanLevel, meanScore, completion },
    layers: loaded.score.layers.map((l) => ({
      layerId: l.layerId,
      level: l.level,
      score: l.score,
      completion: l.completion,
      target: loaded.targets.get(l.layerId) ?? 0,
    })),
  };
}
