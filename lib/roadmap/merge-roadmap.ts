// Regenerating the roadmap must not lose what people wrote on it (owner, due date, status, notes).
// Items are matched by practice id (one item per practice per assessment):
// - still a gap: `keep` the existing item with its edits, and take phase and position from the new
//   plan. An item marked obsolete earlier is revived (the gap came back, e.g. an answer was lowered),
//   never duplicated. A DONE item whose gap is still open is flagged: its work is marked done but the
//   answers do not show it yet, which a reviewer should see rather than have silently reopened.
// - gap closed and the item DONE: `completed`. It stays visible as done, because that is the progress
//   the roadmap exists to show.
// - gap closed and the item not DONE: `obsolete`. Hidden from the plan, edits kept, in case it returns.
// - a gap with no item: `create`.
// Should the existing list hold a practice twice, the first is the item and the others are obsolete
// (listed last); a practice generated twice counts once.

export const ROADMAP_STATUSES = ["OPEN", "IN_PROGRESS", "DONE"] as const;
export type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];

export type ExistingRoadmapItem = { practiceId: string; status: RoadmapStatus; obsolete?: boolean };

export type KeptRoadmapItem<E, G> = { existing: E; generated: G; revived: boolean; doneButStillGap: boolean };

export type RoadmapMerge<E, G> = {
  keep: KeptRoadmapItem<E, G>[];
  completed: E[];
  obsolete: E[];
  create: G[];
};

// `keep` and `create` follow the generated order; `completed` and `obsolete` the existing order.
export function mergeRoadmap<E extends ExistingRoadmapItem, G extends { practiceId: string }>(options: {
  existing: readonly E[];
  generated: readonly G[];
}): RoadmapMerge<E, G> {
  const items = new Map<string, E>();
  const duplicates: E[] = [];
  for (const item of options.existing) {
    if (items.has(item.practiceId)) duplicates.push(item);
    else items.set(item.practiceId, item);
  }
  const gaps = new Set(options.generated.map((g) => g.practiceId));

  const keep: KeptRoadmapItem<E, G>[] = [];
  const create: G[] = [];
  const seen = new Set<string>();
  for (const generated of options.generated) {
    if (seen.has(generated.practiceId)) continue;
    seen.add(generated.practiceId);
    const existing = items.get(generated.practiceId);
    if (!existing) create.push(generated);
    else
      keep.push({
        existing,
        generated,
        revived: existing.obsolete === true,
        doneButStillGap: existing.status === "DONE",
      });
  }

  const closed = [...items.values()].filter((item) => !gaps.has(item.practiceId));
  return {
    keep,
    completed: closed.filter((item) => item.status === "DONE"),
    obsolete: [...closed.filter((item) => item.status !== "DONE"), ...duplicates],
    create,
  };
}
