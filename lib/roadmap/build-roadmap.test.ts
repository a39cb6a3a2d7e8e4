import { describe, expect, it } from "vitest";
import type { AnswerValue } from "@/lib/scoring/answer-values";
import type { ScoringLevel } from "@/lib/scoring/score-assessment";
import { buildRoadmap, compareRoadmapPractices, isRoadmapGap, type RoadmapPractice } from "./build-roadmap";
import {
  DEFAULT_EFFORT_POINTS,
  DEFAULT_PHASE_RULE,
  assignPhases,
  type PhaseRule,
  type RoadmapEffort,
} from "./phase-rule";

const practice = (
  id: string,
  risk: number,
  effort: RoadmapEffort,
  layerId = id.startsWith("NET") ? "network" : "identity",
) => ({
  id,
  layerId,
  level: Number(id.split("-")[1]!.split(".")[0]) as ScoringLevel,
  risk,
  effort,
  title: `Title of ${id}`,
});

const practices: RoadmapPractice[] = [
  practice("NET-1.1", 5, "M"),
  practice("NET-1.2", 3, "S"),
  practice("NET-2.1", 4, "L"),
  practice("NET-2.2", 4, "S"),
  practice("NET-3.1", 5, "M"),
  practice("NET-3.2", 3, "S"),
  practice("NET-4.1", 3, "L"),
  practice("IDN-1.1", 5, "M"),
  practice("IDN-2.1", 4, "S"),
  practice("IDN-3.1", 4, "M"),
  practice("IDN-4.1", 2, "L"),
];
const layerOrder = ["network", "identity"];
const targets = (network: number, identity: number) =>
  new Map([
    ["network", network],
    ["identity", identity],
  ]);
const answers = (entries: Record<string, AnswerValue> = {}) => new Map(Object.entries(entries));
const ids = (roadmap: { items: Array<{ practiceId: string }> }) => roadmap.items.map((i) => i.practiceId);

describe("gaps", () => {
  it("counts unanswered, Not implemented and Partially as gaps; not Largely, Fully or N/A", () => {
    const gap = (answer: AnswerValue | undefined) => isRoadmapGap({ level: 1, target: 1, answer });
    const values: Array<AnswerValue | undefined> = [
      undefined,
      "NOT_IMPLEMENTED",
      "PARTIALLY",
      "LARGELY",
      "FULLY",
      "NOT_APPLICABLE",
    ];
    expect(values.map(gap)).toEqual([true, true, true, false, false, false]);
    expect(isRoadmapGap({ level: 3, target: 2, answer: undefined })).toBe(false);
  });

  it("lists only gaps up to each layer's target", () => {
    const roadmap = buildRoadmap({
      practices,
      answers: answers({
        "NET-1.1": "FULLY",
        "NET-2.2": "LARGELY",
        "IDN-1.1": "NOT_APPLICABLE",
        "NET-1.2": "PARTIALLY",
      }),
      targets: targets(2, 1),
      layerOrder,
    });
    expect(ids(roadmap)).toEqual(["NET-1.2", "NET-2.1"]);
  });

  it("plans nothing for a layer without a target, a target of 0, or a layer outside the layer order", () => {
    expect(buildRoadmap({ practices, answers: answers(), targets: new Map(), layerOrder }).items).toEqual([]);
    expect(buildRoadmap({ practices, answers: answers(), targets: targets(0, 0), layerOrder }).items).toEqual([]);
    expect(
      ids(buildRoadmap({ practices, answers: answers(), targets: targets(1, 1), layerOrder: ["identity"] })),
    ).toEqual(["IDN-1.1"]);
  });

  it("keeps the current answer, the caller's practice object and a 1-based position", () => {
    const roadmap = buildRoadmap({
      practices,
      answers: answers({ "NET-1.2": "PARTIALLY" }),
      targets: targets(1, 0),
      layerOrder,
    });
    expect(roadmap.items.map((i) => [i.practiceId, i.answer, i.position])).toEqual([
      ["NET-1.1", null, 1],
      ["NET-1.2", "PARTIALLY", 2],
    ]);
    expect(roadmap.items[0]!.practice).toBe(practices[0]);
    expect(roadmap.items[0]).toMatchObject({
      layerId: "network",
      level: 1,
      risk: 5,
      effort: "M",
      title: "Title of NET-1.1",
    });
  });

  it("summarises each layer: current level, target and number of gaps", () => {
    const roadmap = buildRoadmap({
      practices,
      answers: answers({ "NET-1.1": "FULLY", "NET-1.2": "FULLY" }),
      targets: targets(3, 1),
      layerOrder,
    });
    expect(roadmap.layers).toEqual([
      { layerId: "network", level: 1, target: 3, gaps: 4 },
      { layerId: "identity", level: 0, target: 1, gaps: 1 },
    ]);
  });
});

describe("order", () => {
  it("is foundation first, then risk descending, effort S < M < L, layer order, id", () => {
    const roadmap = buildRoadmap({ practices, answers: answers(), targets: targets(4, 4), layerOrder });
    expect(ids(roadmap)).toEqual([
      "NET-1.1", // level 1, risk 5, M, network before identity
      "IDN-1.1",
      "NET-1.2", // level 1, risk 3
      "NET-2.2", // level 2, risk 4, S, network
      "IDN-2.1", // level 2, risk 4, S, identity
      "NET-2.1", // level 2, risk 4, L
      "NET-3.1",
      "IDN-3.1",
      "NET-3.2",
      "NET-4.1",
      "IDN-4.1",
    ]);
  });

  it("follows the given layer order and compares ids numerically", () => {
    const compare = compareRoadmapPractices({ layerOrder: ["identity", "network"] });
    const a = practice("NET-1.10", 3, "S");
    const b = practice("NET-1.9", 3, "S");
    const c = practice("IDN-1.11", 3, "S");
    expect([a, b, c].sort(compare).map((p) => p.id)).toEqual(["IDN-1.11", "NET-1.9", "NET-1.10"]);
  });
});

describe("phases (default rule)", () => {
  const phasesOf = (roadmap: { items: Array<{ practiceId: string; phase: number }> }) =>
    Object.fromEntries(roadmap.items.map((i) => [i.practiceId, i.phase]));

  it("puts the next level of the weakest layer in phase 1, the one after in 2, the rest in 3", () => {
    const roadmap = buildRoadmap({ practices, answers: answers(), targets: targets(4, 4), layerOrder });
    expect(phasesOf(roadmap)).toEqual({
      "NET-1.1": 1,
      "IDN-1.1": 1,
      "NET-1.2": 1,
      "NET-2.2": 2,
      "IDN-2.1": 2,
      "NET-2.1": 2,
      "NET-3.1": 1, // risk 5: escalated
      "IDN-3.1": 3,
      "NET-3.2": 3,
      "NET-4.1": 3,
      "IDN-4.1": 3,
    });
    expect(roadmap.items.map((i) => i.phaseLabel)).toContain("0-3 months");
  });

  it("measures from the program's weakest layer that still has gaps, not from each layer", () => {
    // Network is at 2, identity at 0: the program baseline is 0.
    const done = answers({ "NET-1.1": "FULLY", "NET-1.2": "FULLY", "NET-2.1": "FULLY", "NET-2.2": "FULLY" });
    expect(phasesOf(buildRoadmap({ practices, answers: done, targets: targets(3, 3), layerOrder }))).toEqual({
      "IDN-1.1": 1,
      "IDN-2.1": 2,
      "NET-3.1": 1,
      "NET-3.2": 3,
      "IDN-3.1": 3,
    });
    // Identity has no target, so no gaps: network's own level is the baseline and its next level is phase 1.
    expect(phasesOf(buildRoadmap({ practices, answers: done, targets: targets(4, 0), layerOrder }))).toEqual({
      "NET-3.1": 1,
      "NET-3.2": 1,
      "NET-4.1": 2,
    });
  });

  it("can measure from each layer's own level instead", () => {
    const rule: PhaseRule = { ...DEFAULT_PHASE_RULE, baseline: "layer", escalations: [] };
    const done = answers({ "NET-1.1": "FULLY", "NET-1.2": "FULLY", "NET-2.1": "FULLY", "NET-2.2": "FULLY" });
    const roadmap = buildRoadmap({ practices, answers: done, targets: targets(4, 2), layerOrder, phaseRule: rule });
    expect(phasesOf(roadmap)).toEqual({ "IDN-1.1": 1, "IDN-2.1": 2, "NET-3.1": 1, "NET-3.2": 1, "NET-4.1": 2 });
  });
});

describe("phase rule configuration", () => {
  const candidate = (level: number, risk = 3, effort: RoadmapEffort = "M", layerLevel = 0) => ({
    level,
    risk,
    effort,
    layerLevel,
  });

  it("escalates only as far as configured, and never later than the level rule says", () => {
    const rule: PhaseRule = {
      ...DEFAULT_PHASE_RULE,
      escalations: [
        { minRisk: 4, latestPhase: 2 },
        { minRisk: 5, latestPhase: 1 },
      ],
    };
    const candidates = [candidate(4, 4), candidate(4, 5), candidate(1, 4), candidate(3, 3)];
    expect(assignPhases({ candidates, rule })).toEqual([2, 1, 1, 3]);
    expect(assignPhases({ candidates, rule: { ...rule, escalations: [] } })).toEqual([3, 3, 1, 3]);
  });

  it("supports any number of phases; the last takes everything further", () => {
    const rule: PhaseRule = { ...DEFAULT_PHASE_RULE, phases: ["now", "later"], escalations: [] };
    expect(assignPhases({ candidates: [1, 2, 3, 4].map((l) => candidate(l)), rule })).toEqual([1, 2, 2, 2]);
    const single: PhaseRule = { ...rule, phases: ["all"] };
    expect(assignPhases({ candidates: [1, 4].map((l) => candidate(l)), rule: single })).toEqual([1, 1]);
  });

  it("spills to later phases when a phase's effort budget is full, in priority order", () => {
    const rule: PhaseRule = {
      ...DEFAULT_PHASE_RULE,
      escalations: [],
      capacity: { effortPoints: DEFAULT_EFFORT_POINTS, perPhase: [5, 12] },
    };
    // Points: S 1, M 4, L 12. Phase 1 holds 5, phase 2 holds 12, phase 3 is unbounded.
    const candidates = [
      candidate(1, 3, "M"),
      candidate(1, 3, "S"),
      candidate(1, 3, "S"),
      candidate(1, 3, "L"),
      candidate(2, 3, "M"),
    ];
    // M+S fill phase 1 to 5; the next S spills to 2 (and so does everything after it: no overtaking);
    // L does not fit phase 2 (1 + 12 > 12) so goes to 3; the level-2 M follows the cursor to 3.
    expect(assignPhases({ candidates, rule })).toEqual([1, 1, 2, 3, 3]);
  });

  it("always fits an item into an empty phase, and never moves one earlier than its rule phase", () => {
    const rule: PhaseRule = {
      ...DEFAULT_PHASE_RULE,
      escalations: [],
      capacity: { effortPoints: DEFAULT_EFFORT_POINTS, perPhase: [1, 1] },
    };
    expect(assignPhases({ candidates: [candidate(1, 3, "L"), candidate(3, 3, "S")], rule })).toEqual([1, 3]);
    expect(
      assignPhases({ candidates: [candidate(2, 3, "L"), candidate(2, 3, "L"), candidate(2, 3, "L")], rule }),
    ).toEqual([2, 3, 3]);
  });
});

describe("RACI on items", () => {
  it("names the Responsible and Accountable actors from the effective row", () => {
    const raci = {
      network: { "infra-provider": "R", "program-owner": "A" },
      "NET-1.2": { "operations-teams": "R", "security-team": "R", "program-owner": "A" },
    } as const;
    const roadmap = buildRoadmap({ practices, answers: answers(), targets: targets(1, 1), layerOrder, raci });
    expect(roadmap.items.map((i) => [i.practiceId, i.responsible, i.accountable])).toEqual([
      ["NET-1.1", ["infra-provider"], "program-owner"],
      ["IDN-1.1", [], null],
      ["NET-1.2", ["operations-teams", "security-team"], "program-owner"],
    ]);
  });

  it("leaves them empty without a matrix", () => {
    const [item] = buildRoadmap({ practices, answers: answers(), targets: targets(1, 0), layerOrder }).items;
    expect(item).toMatchObject({ responsible: [], accountable: null });
  });
});
