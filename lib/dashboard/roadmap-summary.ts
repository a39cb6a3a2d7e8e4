// Roadmap progress across programs (open / in progress / done by phase, by owner party and by
// accountable actor) and who owns the most open gaps, shaped from the grouped counts of
// lib/dashboard/dashboard-sql.ts. Pure and client-safe.

import type { StatusCounts } from "@/lib/roadmap/roadmap-progress";

export type RoadmapDimension = "phase" | "party" | "actor";
// Items of one phase, party or actor, by status (lib/dashboard/dashboard-sql.ts).
export type RoadmapAggregate = { dimension: RoadmapDimension; key: string; open: number; inProgress: number; done: number };

export type KeyedCounts = { key: string; label: string } & StatusCounts;

export type RoadmapSummary = {
  total: StatusCounts;
  byPhase: KeyedCounts[];
  byParty: KeyedCounts[];
  byActor: KeyedCounts[];
};

// Open gaps are the work not done yet: open or in progress.
export function openGaps(counts: StatusCounts): number {
  return counts.open + counts.inProgress;
}

function addCounts(into: StatusCounts, counts: Omit<StatusCounts, "total">): void {
  into.open += counts.open;
  into.inProgress += counts.inProgress;
  into.done += counts.done;
  into.total += counts.open + counts.inProgress + counts.done;
}

// `label` names a key (a phase, party or actor); the empty key is "unassigned" and goes last.
// Phases are in phase order; parties and actors by open gaps, most first, then by label.
export function roadmapSummary(options: {
  aggregates: readonly RoadmapAggregate[];
  label: (dimension: RoadmapDimension, key: string) => string;
}): RoadmapSummary {
  const groups: Record<RoadmapDimension, Map<string, KeyedCounts>> = { phase: new Map(), party: new Map(), actor: new Map() };
  const total: StatusCounts = { open: 0, inProgress: 0, done: 0, total: 0 };
  for (const { dimension, key, open, inProgress, done } of options.aggregates) {
    const group = groups[dimension];
    const counts = group.get(key) ?? { key, label: options.label(dimension, key), open: 0, inProgress: 0, done: 0, total: 0 };
    addCounts(counts, { open, inProgress, done });
    group.set(key, counts);
    // Every item is counted once per dimension; the phases give the total.
    if (dimension === "phase") addCounts(total, { open, inProgress, done });
  }
  const unassignedLast = (a: KeyedCounts, b: KeyedCounts) => (a.key === "" ? 1 : 0) - (b.key === "" ? 1 : 0);
  const byOpenGaps = (a: KeyedCounts, b: KeyedCounts) =>
    unassignedLast(a, b) || openGaps(b) - openGaps(a) || a.label.localeCompare(b.label, "en");
  return {
    total,
    byPhase: [...groups.phase.values()].sort((a, b) => Number(a.key) - Number(b.key)),
    byParty: [...groups.party.values()].sort(byOpenGaps),
    byActor: [...groups.actor.values()].sort(byOpenGaps),
  };
}
