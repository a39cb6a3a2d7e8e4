// The scoring rules of DESIGN.md §3, as pure functions.
// - Credit per answer: Not implemented 0, Partially 1/3, Largely 2/3, Fully 1; N/A is excluded.
// - A layer is at level L when every applicable practice at levels 1..L is Largely or Fully
//   (cumulative, as C2M2's MIL rule); an unmet level-1 practice leaves it at 0.
// - Layer score (0..4): each level's credit fraction, added only while every lower level is met,
//   so a chart never shows progress the level rule denies.
// - Overall level = the lowest layer level (a weakness at any layer compromises the whole).
// Unanswered applicable practices count as 0 credit and not met. A level with no applicable
// practice is met (vacuously) and counts as a full 1; a layer whose practices are all N/A is
// therefore at level 4, flagged `allNotApplicable` so that screens can say so.

export const ANSWER_VALUES = ["NOT_IMPLEMENTED", "PARTIALLY", "LARGELY", "FULLY", "NOT_APPLICABLE"] as const;
export type ScoringAnswer = (typeof ANSWER_VALUES)[number];

export const CREDIT: Record<Exclude<ScoringAnswer, "NOT_APPLICABLE">, number> = {
  NOT_IMPLEMENTED: 0,
  PARTIALLY: 1 / 3,
  LARGELY: 2 / 3,
  FULLY: 1,
};

export const LEVELS = [1, 2, 3, 4] as const;

export type ScoringPractice = { id: string; layerId: string; level: number };

export type LayerResult = {
  layerId: string;
  level: number;
  score: number;
  completion: number;
  answered: number;
  applicable: number;
  allNotApplicable: boolean;
  // Applicable practices that hold the layer below its next level, by level then id.
  blockers: string[];
};

export type AssessmentScore = {
  layers: LayerResult[];
  overall: { level: number; meanLevel: number; meanScore: number; completion: number };
};

export function isMet(value: ScoringAnswer | undefined): boolean {
  return value === "LARGELY" || value === "FULLY";
}

function byLevelThenId(a: ScoringPractice, b: ScoringPractice): number {
  return a.level - b.level || a.id.localeCompare(b.id, "en", { numeric: true });
}

export function scoreLayer(options: {
  layerId: string;
  practices: readonly ScoringPractice[];
  answers: ReadonlyMap<string, ScoringAnswer>;
}): LayerResult {
  const { layerId, answers } = options;
  const practices = options.practices.filter((p) => p.layerId === layerId);
  const applicable = practices.filter((p) => answers.get(p.id) !== "NOT_APPLICABLE");
  const answered = applicable.filter((p) => answers.has(p.id)).length;

  let level = 0;
  let score = 0;
  for (const l of LEVELS) {
    const atLevel = applicable.filter((p) => p.level === l);
    const credit = atLevel.reduce((sum, p) => {
      const value = answers.get(p.id);
      return sum + (value && value !== "NOT_APPLICABLE" ? CREDIT[value] : 0);
    }, 0);
    score += atLevel.length === 0 ? 1 : credit / atLevel.length;
    if (!atLevel.every((p) => isMet(answers.get(p.id)))) break;
    level = l;
  }

  const blockers = applicable
    .filter((p) => p.level <= level + 1 && !isMet(answers.get(p.id)))
    .sort(byLevelThenId)
    .map((p) => p.id);

  return {
    layerId,
    level,
    score: Math.min(4, score),
    completion: applicable.length === 0 ? 1 : answered / applicable.length,
    answered,
    applicable: applicable.length,
    allNotApplicable: practices.length > 0 && applicable.length === 0,
    blockers,
  };
}

export function scoreAssessment(options: {
  layerIds: readonly string[];
  practices: readonly ScoringPractice[];
  answers: ReadonlyMap<string, ScoringAnswer>;
}): AssessmentScore {
  const layers = options.layerIds.map((layerId) => scoreLayer({ layerId, practices: options.practices, answers: options.answers }));
  const count = Math.max(1, layers.length);
  const applicable = layers.reduce((sum, l) => sum + l.applicable, 0);
  const answered = layers.reduce((sum, l) => sum + l.answered, 0);
  return {
    layers,
    overall: {
      level: layers.length ? Math.min(...layers.map((l) => l.level)) : 0,
      meanLevel: layers.reduce((sum, l) => sum + l.level, 0) / count,
      meanScore: layers.reduce((sum, l) => sum + l.score, 0) / count,
      completion: applicable === 0 ? 1 : answered / applicable,
    },
  };
}
