// The scoring rules of DESIGN.md §3, as pure functions of content and answers.
//
// - Credit: Not implemented 0, Partially 1/3, Largely 2/3, Fully 1. N/A is excluded from every
//   count. An applicable practice with no answer yet earns 0 and is not met.
// - Level of a layer: the highest L such that every applicable practice at levels 1..L is
//   Largely or Fully (cumulative, as C2M2's MIL rule). An unmet level-1 practice means level 0.
// - Score of a layer (0..4, for charts): each level's credit fraction, added only while every
//   lower level is met. The first unmet level still adds its partial fraction; levels above it add
//   nothing, so the score is always below level + 1 and never shows progress the level rule denies.
//   It can sit below the level: Largely meets a level with only 2/3 credit, so an all-Largely
//   layer is at level 4 with score 8/3. Only all-Fully reaches exactly 4.
// - A level with no applicable practice is met vacuously and adds a full 1. A layer whose
//   practices are all N/A is therefore at level 4, score 4, completion 1: nothing in it can be
//   weak, and capping it would pull the overall (minimum) level down for work that does not exist.
//   It is flagged `allNotApplicable` so screens and reports say "not applicable", not "optimized".
//   A layer with no practices at all scores the same way but is not flagged.
// - Completion: answered applicable / applicable (1 when nothing is applicable). N/A counts as
//   answered but is left out of both sides.
// - Overall level: the lowest layer level (a weakness at any layer compromises the whole), with
//   the mean level and mean score beside it. With no layers it is 0: nothing assessed, nothing claimed.

import { CREDIT_THIRDS, isMet, type AnswerValue } from "./answer-values";

// Kept as the name the assessment modules import.
export type ScoringAnswer = AnswerValue;

export type ScoringLevel = 1 | 2 | 3 | 4;
export const SCORING_LEVELS: readonly ScoringLevel[] = [1, 2, 3, 4];

export type ScoringPractice = { id: string; layerId: string; level: ScoringLevel };

export type LayerResult = {
  layerId: string;
  level: number;
  score: number;
  completion: number;
  answered: number;
  applicable: number;
  allNotApplicable: boolean;
  // Applicable practices that keep the layer from its next level (at level <= level + 1 and not
  // met), by level then id. Empty exactly when the layer is at level 4.
  blockers: string[];
};

export type OverallResult = { level: number; meanLevel: number; meanScore: number; completion: number };

export type AssessmentScore = { layers: LayerResult[]; overall: OverallResult };

// Numeric-aware so NET-1.10 follows NET-1.9; the plain comparison keeps the order total.
export function comparePracticeIds(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0);
}

export function scoreLayer(options: {
  layerId: string;
  practices: readonly ScoringPractice[];
  answers: ReadonlyMap<string, AnswerValue>;
}): LayerResult {
  const { layerId, answers } = options;
  const practices = options.practices.filter((p) => p.layerId === layerId);
  const applicable = practices.filter((p) => answers.get(p.id) !== "NOT_APPLICABLE");
  const answered = applicable.filter((p) => answers.get(p.id) !== undefined).length;

  let level = 0;
  let score = 0;
  for (const l of SCORING_LEVELS) {
    const atLevel = applicable.filter((p) => p.level === l);
    score += levelFraction({ practices: atLevel, answers });
    if (!atLevel.every((p) => isMet(answers.get(p.id)))) break;
    level = l;
  }

  const blockers = applicable
    .filter((p) => p.level <= level + 1 && !isMet(answers.get(p.id)))
    .map((p) => ({ id: p.id, level: p.level }))
    .sort((a, b) => a.level - b.level || comparePracticeIds(a.id, b.id))
    .map((p) => p.id);

  return {
    layerId,
    level,
    score,
    completion: applicable.length === 0 ? 1 : answered / applicable.length,
    answered,
    applicable: applicable.length,
    allNotApplicable: practices.length > 0 && applicable.length === 0,
    blockers,
  };
}

// Integer thirds until the one division: the fraction is exact for any practice order.
function levelFraction(options: {
  practices: readonly ScoringPractice[];
  answers: ReadonlyMap<string, AnswerValue>;
}): number {
  const { practices, answers } = options;
  if (practices.length === 0) return 1;
  const thirds = practices.reduce((sum, p) => {
    const value = answers.get(p.id);
    return sum + (value === undefined || value === "NOT_APPLICABLE" ? 0 : CREDIT_THIRDS[value]);
  }, 0);
  return thirds / (3 * practices.length);
}

// Practices of layers not listed in `layerIds`, and answers to unknown practices, are ignored.
export function scoreAssessment(options: {
  layerIds: readonly string[];
  practices: readonly ScoringPractice[];
  answers: ReadonlyMap<string, AnswerValue>;
}): AssessmentScore {
  const { practices, answers } = options;
  const layers = options.layerIds.map((layerId) => scoreLayer({ layerId, practices, answers }));
  const count = layers.length;
  const applicable = layers.reduce((sum, l) => sum + l.applicable, 0);
  const answered = layers.reduce((sum, l) => sum + l.answered, 0);
  return {
    layers,
    overall: {
      level: count === 0 ? 0 : Math.min(...layers.map((l) => l.level)),
      meanLevel: count === 0 ? 0 : layers.reduce((sum, l) => sum + l.level, 0) / count,
      meanScore: count === 0 ? 0 : layers.reduce((sum, l) => sum + l.score, 0) / count,
      completion: applicable === 0 ? 1 : answered / applicable,
    },
  };
}
