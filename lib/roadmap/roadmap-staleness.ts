// Whether the stored roadmap still matches what regeneration would produce. Pure.
//
// - neverGenerated: there is no roadmap yet.
// - planChanged: regeneration would add an item, retire one, or move one to another phase (answers,
//   targets or the phase rule changed). This is the signal that matters, so it wins.
// - answersChanged: an answer was saved after generation without changing the plan (say, Not
//   implemented -> Partially). Shown softly: the item's answer column is live already.
// RACI cells carry no timestamp; they only feed default owners of new items and the live R/A
// columns, so a RACI edit alone never makes the stored plan wrong.

import type { RoadmapStatus } from "./merge-roadmap";

export type RoadmapStaleness = "neverGenerated" | "planChanged" | "answersChanged" | null;

export type StoredPlanItem = { practiceId: string; phase: number; status: RoadmapStatus; obsolete: boolean };
export type GeneratedPlanItem = { practiceId: string; phase: number };

export function roadmapStaleness(options: {
  generatedAt: Date | null;
  latestAnswerAt: Date | null;
  stored: readonly StoredPlanItem[];
  generated: readonly GeneratedPlanItem[];
}): RoadmapStaleness {
  const { generatedAt, latestAnswerAt, stored, generated } = options;
  if (!generatedAt) return "neverGenerated";
  const visible = new Map(stored.filter((item) => !item.obsolete).map((item) => [item.practiceId, item]));
  const gaps = new Set(generated.map((item) => item.practiceId));
  const missingOrMoved = generated.some((item) => visible.get(item.practiceId)?.phase !== item.phase);
  // A visible item that is no gap any more should be obsolete, unless it is DONE (completed work stays).
  const closed = [...visible.values()].some((item) => !gaps.has(item.practiceId) && item.status !== "DONE");
  if (missingOrMoved || closed) return "planChanged";
  if (latestAnswerAt && latestAnswerAt > generatedAt) return "answersChanged";
  return null;
}
