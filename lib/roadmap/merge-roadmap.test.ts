import { describe, expect, it } from "vitest";
import { mergeRoadmap, type RoadmapStatus } from "./merge-roadmap";
import { roadmapProgress } from "./roadmap-progress";

type Existing = {
  practiceId: string;
  status: RoadmapStatus;
  ownerPartyId: string | null;
  dueDate: string | null;
  notes: string | null;
  obsolete?: boolean;
};
const item = (practiceId: string, status: RoadmapStatus, more: Partial<Existing> = {}): Existing => ({
  practiceId,
  status,
  ownerPartyId: null,
  dueDate: null,
  notes: null,
  ...more,
});
const gap = (practiceId: string, phase = 1) => ({ practiceId, phase });

describe("mergeRoadmap", () => {
  it("keeps edited items that are still gaps, with the new plan beside them", () => {
    const edited = item("NET-1.1", "IN_PROGRESS", { ownerPartyId: "si", dueDate: "2027-01-31", notes: "vendor quote" });
    const result = mergeRoadmap({ existing: [edited], generated: [gap("NET-1.1", 2)] });
    expect(result).toEqual({
      keep: [{ existing: edited, generated: gap("NET-1.1", 2), revived: false, doneButStillGap: false }],
      completed: [],
      obsolete: [],
      create: [],
    });
    expect(result.keep[0]!.existing).toBe(edited);
  });

  it("creates items for new gaps, in the generated order", () => {
    const result = mergeRoadmap({
      existing: [item("NET-1.1", "OPEN")],
      generated: [gap("IDN-1.1"), gap("NET-1.1"), gap("APP-1.1")],
    });
    expect(result.create.map((g) => g.practiceId)).toEqual(["IDN-1.1", "APP-1.1"]);
    expect(result.keep.map((k) => k.existing.practiceId)).toEqual(["NET-1.1"]);
  });

  it("marks open and in-progress items obsolete when their gap closed, keeping their edits", () => {
    const open = item("NET-1.1", "OPEN", { notes: "keep me" });
    const doing = item("NET-1.2", "IN_PROGRESS");
    const result = mergeRoadmap({ existing: [open, doing], generated: [] });
    expect(result.obsolete).toEqual([open, doing]);
    expect(result.completed).toEqual([]);
  });

  it("keeps done items whose gap closed as completed, not obsolete", () => {
    const done = item("NET-1.1", "DONE", { ownerPartyId: "infra" });
    expect(mergeRoadmap({ existing: [done], generated: [] })).toMatchObject({ completed: [done], obsolete: [] });
  });

  it("flags a done item whose gap is still open instead of reopening it", () => {
    const done = item("NET-1.1", "DONE");
    const [kept] = mergeRoadmap({ existing: [done], generated: [gap("NET-1.1")] }).keep;
    expect(kept).toMatchObject({ existing: done, doneButStillGap: true, revived: false });
  });

  it("revives an obsolete item when its gap returns, rather than creating a second one", () => {
    const old = item("NET-1.1", "OPEN", { obsolete: true, notes: "from last quarter" });
    const result = mergeRoadmap({ existing: [old], generated: [gap("NET-1.1")] });
    expect(result.create).toEqual([]);
    expect(result.keep).toEqual([{ existing: old, generated: gap("NET-1.1"), revived: true, doneButStillGap: false }]);
  });

  it("keeps an obsolete item obsolete while its gap stays closed", () => {
    const old = item("NET-1.1", "IN_PROGRESS", { obsolete: true });
    expect(mergeRoadmap({ existing: [old], generated: [] }).obsolete).toEqual([old]);
  });

  it("treats a duplicate existing item as obsolete and a duplicate gap once", () => {
    const first = item("NET-1.1", "OPEN", { notes: "first" });
    const second = item("NET-1.1", "DONE", { notes: "second" });
    const result = mergeRoadmap({ existing: [first, second], generated: [gap("NET-1.1"), gap("NET-1.1", 3)] });
    expect(result.keep).toHaveLength(1);
    expect(result.keep[0]!.existing).toBe(first);
    expect(result.obsolete).toEqual([second]);
    expect(result.create).toEqual([]);
  });

  it("accounts for every existing item and every gap exactly once", () => {
    const existing = [
      item("A-1.1", "OPEN"),
      item("A-1.2", "DONE"),
      item("A-1.3", "IN_PROGRESS"),
      item("A-1.4", "DONE"),
    ];
    const generated = [gap("A-1.1"), gap("A-1.2"), gap("A-1.5")];
    const r = mergeRoadmap({ existing, generated });
    const seenExisting = [...r.keep.map((k) => k.existing), ...r.completed, ...r.obsolete]
      .map((e) => e.practiceId)
      .sort();
    expect(seenExisting).toEqual(existing.map((e) => e.practiceId).sort());
    expect([...r.keep.map((k) => k.generated), ...r.create].map((g) => g.practiceId).sort()).toEqual([
      "A-1.1",
      "A-1.2",
      "A-1.5",
    ]);
  });
});

describe("roadmapProgress", () => {
  const items = [
    { phase: 1, status: "OPEN" as const, ownerPartyId: "si" },
    { phase: 1, status: "DONE" as const, ownerPartyId: "si" },
    { phase: 2, status: "IN_PROGRESS" as const, ownerPartyId: "infra" },
    { phase: 2, status: "OPEN" as const, ownerPartyId: null },
    { phase: 1, status: "DONE" as const, ownerPartyId: "infra" },
    { phase: 3, status: "OPEN" as const, ownerPartyId: "si", obsolete: true },
  ];

  it("counts open, in progress and done overall, by phase and by owner, without obsolete items", () => {
    expect(roadmapProgress({ items })).toEqual({
      total: { open: 2, inProgress: 1, done: 2, total: 5 },
      byPhase: [
        { phase: 1, open: 1, inProgress: 0, done: 2, total: 3 },
        { phase: 2, open: 1, inProgress: 1, done: 0, total: 2 },
      ],
      byOwner: [
        { ownerPartyId: "infra", open: 0, inProgress: 1, done: 1, total: 2 },
        { ownerPartyId: "si", open: 1, inProgress: 0, done: 1, total: 2 },
        { ownerPartyId: null, open: 1, inProgress: 0, done: 0, total: 1 },
      ],
    });
  });

  it("reports requested phases even when they are empty", () => {
    const result = roadmapProgress({ items: [], phases: [1, 2, 3] });
    expect(result.byPhase.map((p) => [p.phase, p.total])).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
    ]);
    expect(result.total).toEqual({ open: 0, inProgress: 0, done: 0, total: 0 });
    expect(result.byOwner).toEqual([]);
  });
});
