// The gap roadmap of DESIGN.md §6, generated from content, answers, RACI and per-layer targets.
//
// A gap is an applicable practice at a level up to its layer's target that is not Largely or Fully
// implemented; an unanswered practice is a gap too (nothing shows it is in place). N/A practices,
// layers missing from `layerOrder` and layers without a target (or with target 0) yield nothing.
//
// Order, total and independent of input order: foundation first (level ascending), then risk
// weight descending, then effort (S, M, L: quick wins first among equals), then layer order, then
// practice id (numeric-aware). Phases come from a `PhaseRule` (see phase-rule.ts).

import { isMet, type AnswerValue } from "@/lib/scoring/answer-values";
import { comparePracticeIds, scoreAssessment, type ScoringLevel } from "@/lib/scoring/score-assessment";
import { accountableActorFor, responsibleActorsFor, type RaciMatrix } from "@/lib/raci/rules";
import { DEFAULT_PHASE_RULE, assignPhases, type PhaseRule, type RoadmapEffort } from "./phase-rule";

export type RoadmapPractice = {
  id: string;
  layerId: string;
  level: ScoringLevel;
  risk: number;
  effort: RoadmapEffort;
  title: string;
};

export type RoadmapItem<P extends RoadmapPractice = RoadmapPractice> = {
  practiceId: string;
  layerId: string;
  level: ScoringLevel;
  risk: number;
  effort: RoadmapEffort;
  title: string;
  // The current answer; null when the practice is not answered yet.
  answer: AnswerValue | null;
  phase: number;
  phaseLabel: string;
  // 1-based place in the total order.
  position: number;
  // From the effective RACI row when a matrix is given; empty / null otherwise.
  responsible: string[];
  accountable: string | null;
  practice: P;
};

export type RoadmapLayer = { layerId: string; level: number; target: number; gaps: number };

export type Roadmap<P extends RoadmapPractice = RoadmapPractice> = { items: RoadmapItem<P>[]; layers: RoadmapLayer[] };

const EFFORT_RANK: Readonly<Record<RoadmapEffort, number>> = { S: 0, M: 1, L: 2 };

export function compareRoadmapPractices(options: { layerOrder: readonly string[] }) {
  const layerRank = new Map(options.layerOrder.map((id, i) => [id, i]));
  return (a: RoadmapPractice, b: RoadmapPractice): number =>
    a.level - b.level ||
    b.risk - a.risk ||
    EFFORT_RANK[a.effort] - EFFORT_RANK[b.effort] ||
    (layerRank.get(a.layerId) ?? Infinity) - (layerRank.get(b.layerId) ?? Infinity) ||
    comparePracticeIds(a.id, b.id);
}

export function isRoadmapGap(options: { level: number; target: number; answer: AnswerValue | undefined }): boolean {
  const { level, target, answer } = options;
  return level <= target && answer !== "NOT_APPLICABLE" && !isMet(answer);
}

export function buildRoadmap<P extends RoadmapPractice>(options: {
  practices: readonly P[];
  answers: ReadonlyMap<string, AnswerValue>;
  targets: ReadonlyMap<string, number>;
  layerOrder: readonly string[];
  phaseRule?: PhaseRule;
  raci?: RaciMatrix;
}): Roadmap<P> {
  const { practices, answers, targets, layerOrder, raci } = options;
  const rule = options.phaseRule ?? DEFAULT_PHASE_RULE;
  const score = scoreAssessment({ layerIds: layerOrder, practices, answers });
  const levels = new Map(score.layers.map((l) => [l.layerId, l.level]));
  const inScope = new Set(layerOrder);

  const gaps = practices
    .filter((p) => inScope.has(p.layerId))
    .filter((p) => isRoadmapGap({ level: p.level, target: targets.get(p.layerId) ?? 0, answer: answers.get(p.id) }))
    .sort(compareRoadmapPractices({ layerOrder }));

  const phases = assignPhases({
    rule,
    candidates: gaps.map((p) => ({
      level: p.level,
      risk: p.risk,
      effort: p.effort,
      layerLevel: levels.get(p.layerId) ?? 0,
    })),
  });

  const items = gaps.map((p, i): RoadmapItem<P> => {
    const phase = phases[i] ?? rule.phases.length;
    const row = { practiceId: p.id, layerId: p.layerId };
    return {
      practiceId: p.id,
      layerId: p.layerId,
      level: p.level,
      risk: p.risk,
      effort: p.effort,
      title: p.title,
      answer: answers.get(p.id) ?? null,
      phase,
      phaseLabel: rule.phases[phase - 1] ?? "",
      position: i + 1,
      responsible: raci ? responsibleActorsFor({ matrix: raci, ...row }) : [],
      accountable: raci ? accountableActorFor({ matrix: raci, ...row }) : null,
      practice: p,
    };
  });

  const layers = [...new Set(layerOrder)].map((layerId) => ({
    layerId,
    level: levels.get(layerId) ?? 0,
    target: targets.get(layerId) ?? 0,
    gaps: items.filter((item) => item.layerId === layerId).length,
  }));
  return { items, layers };
}
