import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TContentModel, TPractice } from "@/lib/content/schema";
import { defaultRaciMatrix } from "@/lib/raci/default-raci";
import { loadRaciMatrix } from "@/lib/raci/queries";
import type { RaciMatrix } from "@/lib/raci/rules";
import type { AnswerValue } from "@/lib/scoring/answer-values";
import { buildRoadmap, type Roadmap, type RoadmapPractice } from "./build-roadmap";
import type { PhaseRule } from "./phase-rule";
import { parsePhaseRule } from "./phase-rule-settings";

export type ContentRoadmapPractice = RoadmapPractice & { content: TPractice };

export type RoadmapInputs = {
  roadmap: Roadmap<ContentRoadmapPractice>;
  rule: PhaseRule;
  matrix: RaciMatrix;
  answers: ReadonlyMap<string, AnswerValue>;
  targets: ReadonlyMap<string, number>;
  latestAnswerAt: Date | null;
};

// An assessment whose RACI was never set up has no cells; it starts from the content defaults
// (DESIGN.md §4), so the roadmap names those actors rather than nobody.
export async function loadEffectiveRaci(options: {
  client: Prisma.TransactionClient;
  assessmentId: string;
  content: TContentModel;
}): Promise<RaciMatrix> {
  const matrix = await loadRaciMatrix(options.client, options.assessmentId);
  if (Object.keys(matrix).length > 0) return matrix;
  return defaultRaciMatrix({
    practices: options.content.practices.map((p) => ({ id: p.id, layerId: p.layer, raci: p.raci })),
  });
}

// Everything the roadmap is built from, read with one client (a transaction when writing), and
// the roadmap it gives today.
export async function loadRoadmapInputs(options: {
  client: Prisma.TransactionClient;
  assessmentId: string;
  content: TContentModel;
  storedPhaseRule: unknown;
}): Promise<RoadmapInputs> {
  const { client, assessmentId, content } = options;
  const [answerRows, targetRows, matrix] = await Promise.all([
    client.answer.findMany({ where: { assessmentId }, select: { practiceId: true, value: true, updatedAt: true } }),
    client.layerTarget.findMany({ where: { assessmentId }, select: { layerId: true, level: true } }),
    loadEffectiveRaci({ client, assessmentId, content }),
  ]);
  const answers = new Map(answerRows.map((a) => [a.practiceId, a.value as AnswerValue]));
  const targets = new Map(targetRows.map((t) => [t.layerId, t.level]));
  const rule = parsePhaseRule(options.storedPhaseRule);
  const roadmap = buildRoadmap({
    practices: content.practices.map((p) => ({
      id: p.id,
      layerId: p.layer,
      level: p.level,
      risk: p.risk,
      effort: p.effort,
      title: p.title,
      content: p,
    })),
    answers,
    targets,
    layerOrder: content.layers.map((l) => l.id),
    phaseRule: rule,
    raci: matrix,
  });
  const latestAnswerAt = answerRows.reduce<Date | null>(
    (latest, a) => (latest === null || a.updatedAt > latest ? a.updatedAt : latest),
    null,
  );
  return { roadmap, rule, matrix, answers, targets, latestAnswerAt };
}
