import { describe, expect, it } from "vitest";
import { openGaps, roadmapSummary, type RoadmapAggregate } from "./roadmap-summary";

const aggregates: RoadmapAggregate[] = [
  { dimension: "phase", key: "2", open: 2, inProgress: 0, done: 0 },
  { dimension: "phase", key: "1", open: 0, inProgress: 1, done: 3 },
  { dimension: "actor", key: "", open: 2, inProgress: 0, done: 0 },
  { dimension: "actor", key: "program-owner", open: 0, inProgress: 1, done: 3 },
  { dimension: "party", key: "Acme", open: 2, inProgress: 0, done: 0 },
  { dimension: "party", key: "Beta Corp", open: 0, inProgress: 1, done: 0 },
  { dimension: "party", key: "", open: 0, inProgress: 0, done: 3 },
];

describe("roadmap summary", () => {
  const summary = roadmapSummary({ aggregates, label: (dimension, key) => (dimension === "actor" && key === "program-owner" ? "Program Owner" : key) });

  it("totals the items once, from the phases", () => {
    expect(summary.total).toEqual({ open: 2, inProgress: 1, done: 3, total: 6 });
    expect(summary.byPhase.map((p) => [p.key, p.open, p.inProgress, p.done])).toEqual([["1", 0, 1, 3], ["2", 2, 0, 0]]);
  });

  it("orders owners by open gaps (open or in progress), unassigned last", () => {
    expect(summary.byParty.map((p) => [p.label, openGaps(p)])).toEqual([["Acme", 2], ["Beta Corp", 1], ["", 0]]);
    expect(summary.byActor.map((a) => [a.label, openGaps(a), a.total])).toEqual([["Program Owner", 1, 4], ["", 2, 2]]);
  });
});
