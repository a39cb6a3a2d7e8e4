// Roadmap progress for the assessment page and the CISO dashboard (DESIGN.md §7: open/done by
// phase and by owner). Obsolete items (gap closed before the work was marked done) are not part of
// the plan any more, so they count nowhere.

import type { RoadmapStatus } from "./merge-roadmap";

export type ProgressItem = { phase: number; status: RoadmapStatus; ownerPartyId: string | null; obsolete?: boolean };

export type StatusCounts = { open: number; inProgress: number; done: number; total: number };

export type RoadmapProgress = {
  total: StatusCounts;
  byPhase: Array<{ phase: number } & StatusCounts>;
  // Unassigned items are under ownerPartyId null, listed last.
  byOwner: Array<{ ownerPartyId: string | null } & StatusCounts>;
};

const KEY: Readonly<Record<RoadmapStatus, "open" | "inProgress" | "done">> = {
  OPEN: "open",
  IN_PROGRESS: "inProgress",
  DONE: "done",
};

function emptyCounts(): StatusCounts {
  return { open: 0, inProgress: 0, done: 0, total: 0 };
}

function add(counts: StatusCounts, status: RoadmapStatus): void {
  counts[KEY[status]] += 1;
  counts.total += 1;
}

// `phases` lists phases to report even when empty (e.g. [1, 2, 3]), so a chart keeps its columns.
export function roadmapProgress(options: {
  items: readonly ProgressItem[];
  phases?: readonly number[];
}): RoadmapProgress {
  const total = emptyCounts();
  const byPhase = new Map<number, StatusCounts>((options.phases ?? []).map((phase) => [phase, emptyCounts()]));
  const byOwner = new Map<string | null, StatusCounts>();
  for (const item of options.items) {
    if (item.obsolete) continue;
    add(total, item.status);
    const phase = byPhase.get(item.phase) ?? emptyCounts();
    add(phase, item.status);
    byPhase.set(item.phase, phase);
    const owner = byOwner.get(item.ownerPartyId) ?? emptyCounts();
    add(owner, item.status);
    byOwner.set(item.ownerPartyId, owner);
  }
  return {
    total,
    byPhase: [...byPhase].sort(([a], [b]) => a - b).map(([phase, counts]) => ({ phase, ...counts })),
    byOwner: [...byOwner]
      .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0))
      .map(([ownerPartyId, counts]) => ({ ownerPartyId, ...counts })),
  };
}
