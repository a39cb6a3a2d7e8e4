// How roadmap gaps are grouped into time phases (DESIGN.md §6: 0-3, 3-6, 6-12 months).
//
// The default rule, and why a consultant can defend it:
// 1. Foundation first, one level at a time for the whole program. The baseline is the lowest
//    current level among the layers that still have gaps. A gap one level above the baseline goes
//    in phase 1, two levels above in phase 2, anything further in the last phase. The level rule
//    gives no credit above an unmet level, and the overall level is the weakest layer's, so lifting
//    every layer to the next level is what moves the result (and usually removes the most risk).
//    With `baseline: "layer"` the distance is measured from each layer's own level instead, which
//    puts every layer's next step in phase 1 (for programs that staff each layer separately).
// 2. Critical risks do not wait. An escalation puts a gap no later than a given phase whatever its
//    level; by default only risk 5 ("critical: the harm if missing"), into phase 1. Risk 4 is not
//    escalated by default: most level-3 practices carry it, so escalating it would empty the
//    foundation-first order of meaning.
// 3. Optional capacity. With a budget of effort points per phase, gaps are taken in priority order
//    (rule phase, then roadmap order) and spill to the next phase when theirs is full; the last
//    phase is unbounded. An item never moves earlier than its rule phase, never overtakes a
//    higher-priority item, and always fits into an empty phase (so an L item is never stranded).
//    No capacity by default: the app does not know the team's size.

export type RoadmapEffort = "S" | "M" | "L";

export type PhaseEscalation = { minRisk: number; latestPhase: number };

export type PhaseCapacity = {
  effortPoints: Readonly<Record<RoadmapEffort, number>>;
  // Budget of phase i + 1 at index i; a missing entry, and the last phase, are unbounded.
  perPhase: readonly number[];
};

export type PhaseRule = {
  // Labels in time order; phase numbers are 1-based positions in this list. Must not be empty.
  phases: readonly string[];
  baseline: "program" | "layer";
  escalations: readonly PhaseEscalation[];
  capacity?: PhaseCapacity;
};

export const DEFAULT_PHASE_RULE: PhaseRule = {
  phases: ["0-3 months", "3-6 months", "6-12 months"],
  baseline: "program",
  escalations: [{ minRisk: 5, latestPhase: 1 }],
};

// Relative sizes for a capacity budget (S about a week, M about a month, L a quarter of one person).
export const DEFAULT_EFFORT_POINTS: Readonly<Record<RoadmapEffort, number>> = { S: 1, M: 4, L: 12 };

export type PhaseCandidate = { level: number; risk: number; effort: RoadmapEffort; layerLevel: number };

// Candidates in roadmap order; returns each one's 1-based phase, index for index.
export function assignPhases(options: { candidates: readonly PhaseCandidate[]; rule: PhaseRule }): number[] {
  const { candidates, rule } = options;
  const count = Math.max(1, rule.phases.length);
  const programBaseline = Math.min(...candidates.map((c) => c.layerLevel));
  const rulePhases = candidates.map((c) => {
    const baseline = rule.baseline === "program" ? programBaseline : c.layerLevel;
    let phase = Math.min(Math.max(1, c.level - baseline), count);
    for (const e of rule.escalations) if (c.risk >= e.minRisk) phase = Math.min(phase, Math.max(1, e.latestPhase));
    return phase;
  });
  if (!rule.capacity) return rulePhases;
  return applyCapacity({ candidates, rulePhases, capacity: rule.capacity, count });
}

function applyCapacity(options: {
  candidates: readonly PhaseCandidate[];
  rulePhases: readonly number[];
  capacity: PhaseCapacity;
  count: number;
}): number[] {
  const { candidates, rulePhases, capacity, count } = options;
  const budget = (index: number) => (index < count - 1 ? (capacity.perPhase[index] ?? Infinity) : Infinity);
  const used = new Array<number>(count).fill(0);
  const phases = [...rulePhases];
  // Stable: equal rule phases keep roadmap order.
  const queue = rulePhases
    .map((phase, index) => ({ phase, index }))
    .sort((a, b) => a.phase - b.phase || a.index - b.index);
  let cursor = 0;
  for (const { phase, index } of queue) {
    const candidate = candidates[index];
    if (!candidate) continue;
    const points = capacity.effortPoints[candidate.effort];
    cursor = Math.max(cursor, phase - 1);
    while ((used[cursor] ?? 0) > 0 && (used[cursor] ?? 0) + points > budget(cursor)) cursor += 1;
    used[cursor] = (used[cursor] ?? 0) + points;
    phases[index] = cursor + 1;
  }
  return phases;
}
