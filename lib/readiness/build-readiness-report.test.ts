import { describe, expect, it } from "vitest";
import { loadContentModel } from "@/lib/content/load";
import { loadStandards } from "@/lib/content/standards";
import type { AnswerValue } from "@/lib/scoring/answer-values";
import { REPO_ROOT } from "@/tests/fixtures/content/build-tree";
import { buildReadinessReport, type ReadinessContent } from "./build-readiness-report";
import type { IsmsRecord } from "./isms-readiness";

const p = (id: string, layer: string, level: 1 | 2 | 3 | 4, iso27001: string[]) => ({
  id,
  title: `Practice ${id}`,
  layer,
  level,
  mappings: { iso27001 },
});
const isms = (id: string, clause: string, mustHave: boolean) => ({
  id,
  clause,
  title: `Item ${id}`,
  question: "?",
  guidance: "g",
  evidence: ["e"],
  mustHave,
});

const content: ReadinessContent = {
  version: "2026.11.0",
  levels: [
    { level: 1, name: "Foundation" },
    { level: 2, name: "Structured" },
    { level: 3, name: "Proactive" },
    { level: 4, name: "Optimized" },
  ],
  layers: [
    { id: "network", name: "Network" },
    { id: "identity", name: "Identity" },
  ],
  practices: [
    p("NET-1.1", "network", 1, ["A.8.20", "A.8.22"]),
    p("NET-1.2", "network", 1, ["A.8.20"]),
    p("NET-2.1", "network", 2, ["A.8.20", "A.8.16"]),
    p("IDN-1.1", "identity", 1, ["A.5.15", "A.8.5"]),
    p("IDN-2.1", "identity", 2, ["A.8.5"]),
    p("IDN-3.1", "identity", 3, ["A.5.15"]),
  ],
  isms: [
    isms("ISMS-4.4", "4.4", true),
    isms("ISMS-5.2", "5.2", false),
    isms("ISMS-6.1.2", "6.1.2", true),
    isms("ISMS-9.2", "9.2", true),
    isms("ISMS-9.3", "9.3", true),
  ],
};
const annexA = ["A.5.15", "A.5.16", "A.8.5", "A.8.16", "A.8.20", "A.8.22"].map((id) => ({
  id,
  title: `Control ${id}`,
}));
const clauseTitles = new Map([
  ["4", "Context of the organization"],
  ["5", "Leadership"],
  ["6", "Planning"],
  ["9", "Performance evaluation"],
]);
const answers = new Map<string, AnswerValue>([
  ["NET-1.1", "FULLY"],
  ["NET-1.2", "LARGELY"],
  ["NET-2.1", "PARTIALLY"],
  ["IDN-1.1", "FULLY"],
  ["IDN-2.1", "LARGELY"],
  ["IDN-3.1", "NOT_APPLICABLE"],
]);
const record = (itemId: string, status: IsmsRecord["status"]): IsmsRecord => ({
  itemId,
  status,
  evidence: null,
  updatedAt: new Date("2026-03-01T00:00:00Z"),
});
const allPrerequisites = ["ISMS-4.4", "ISMS-6.1.2", "ISMS-9.2", "ISMS-9.3"].map((id) => record(id, "IN_PLACE"));

describe("buildReadinessReport on a hand-made assessment", () => {
  const report = buildReadinessReport({
    content,
    annexA,
    clauseTitles,
    answers,
    ismsRecords: [...allPrerequisites, record("ISMS-5.2", "MISSING")],
  });

  it("scores the layers: network stops at level 1 (NET-2.1 Partially), identity reaches 4 (level 3 N/A)", () => {
    expect(report.layers.map((l) => [l.layerId, l.level])).toEqual([
      ["network", 1],
      ["identity", 4],
    ]);
    expect(report.overallLevel).toBe(1);
    expect(report.completion).toBe(1);
    expect(report.contentVersion).toBe("2026.11.0");
    expect(report.levels[1]).toEqual({ level: 2, name: "Structured" });
  });

  it("classifies each control from its practices", () => {
    expect(report.annexA.controls.map((c) => [c.id, c.status])).toEqual([
      ["A.5.15", "covered"], // IDN-1.1 Fully; IDN-3.1 N/A is left out
      ["A.5.16", "not-addressed"], // no practice maps to it
      ["A.8.5", "covered"], // Fully + Largely
      ["A.8.16", "partly"], // NET-2.1 Partially
      ["A.8.20", "partly"], // Fully + Largely + Partially
      ["A.8.22", "covered"], // NET-1.1 Fully
    ]);
    expect(report.annexA.controls[4]!.practices.map((x) => x.id)).toEqual(["NET-1.1", "NET-1.2", "NET-2.1"]);
    expect(report.annexA.totals).toEqual({ covered: 3, partly: 2, gap: 0, "not-addressed": 1, total: 6 });
  });

  it("is one layer one level short of the recommendation: close", () => {
    expect(report.recommendation).toMatchObject({
      recommended: false,
      readinessStatus: "close",
      failing: ["maturity"],
    });
    expect(report.recommendation.conditions[0]).toMatchObject({
      key: "maturity",
      lowestLevel: 1,
      layersBelow: [{ layerId: "network", name: "Network", level: 1, allNotApplicable: false }],
    });
  });

  it("groups ISMS items by clause and lists the missing ones", () => {
    expect(report.isms.clauses.map((c) => [c.clause, c.status])).toEqual([
      ["4", "in-place"],
      ["5", "missing"],
      ["6", "in-place"],
      ["7", "no-items"],
      ["8", "no-items"],
      ["9", "in-place"],
      ["10", "no-items"],
    ]);
    expect(report.isms.counts).toEqual({ IN_PLACE: 4, PARTLY: 0, MISSING: 1, NOT_RECORDED: 0, total: 5 });
    expect(report.missingIsmsItems.map((i) => [i.id, i.state, i.blocksCondition])).toEqual([
      ["ISMS-5.2", "MISSING", null],
    ]);
  });

  it("lists prerequisites first among the missing items, then content order", () => {
    const upgraded = new Map(answers).set("NET-2.1", "LARGELY");
    const result = buildReadinessReport({
      content,
      annexA,
      clauseTitles,
      answers: upgraded,
      ismsRecords: [record("ISMS-4.4", "IN_PLACE"), record("ISMS-6.1.2", "IN_PLACE"), record("ISMS-9.3", "PARTLY")],
    });
    expect(result.recommendation).toMatchObject({ readinessStatus: "close", failing: ["auditAndReview"] });
    expect(result.missingIsmsItems.map((i) => [i.id, i.state, i.blocksCondition])).toEqual([
      ["ISMS-9.2", "NOT_RECORDED", "auditAndReview"],
      ["ISMS-9.3", "PARTLY", "auditAndReview"],
      ["ISMS-5.2", "NOT_RECORDED", null],
    ]);
  });

  it("recommends certification once network reaches level 2", () => {
    const result = buildReadinessReport({
      content,
      annexA,
      clauseTitles,
      answers: new Map(answers).set("NET-2.1", "FULLY"),
      ismsRecords: allPrerequisites,
    });
    expect(result.recommendation).toMatchObject({ recommended: true, readinessStatus: "ready" });
    expect(result.annexA.controls.find((c) => c.id === "A.8.20")!.status).toBe("covered");
  });

  it("is plain data: it survives JSON unchanged", () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe("buildReadinessReport on the shipped content", () => {
  const loaded = loadContentModel({ root: REPO_ROOT });
  const model = loaded.ok ? loaded.model : undefined;
  const standards = loadStandards({ root: REPO_ROOT });
  const controls = [...standards.isoAnnexA].map(([id, title]) => ({ id, title }));

  it("covers all 93 controls and clauses 4 to 10, and recommends certification when all is in place", () => {
    expect(model).toBeDefined();
    const report = buildReadinessReport({
      content: model!,
      annexA: controls,
      clauseTitles: standards.isoClauses,
      answers: new Map(model!.practices.map((x) => [x.id, "FULLY" as const])),
      ismsRecords: model!.isms.map((i) => record(i.id, "IN_PLACE")),
    });
    expect(report.annexA.controls).toHaveLength(93);
    expect(report.isms.clauses.map((c) => [c.clause, c.title, c.status])).toEqual([
      ["4", "Context of the organization", "in-place"],
      ["5", "Leadership", "in-place"],
      ["6", "Planning", "in-place"],
      ["7", "Support", "in-place"],
      ["8", "Operation", "in-place"],
      ["9", "Performance evaluation", "in-place"],
      ["10", "Improvement", "in-place"],
    ]);
    expect(report.recommendation.recommended).toBe(true);
    expect(report.missingIsmsItems).toEqual([]);
  });

  it("with nothing answered or recorded: level 0, not ready, every ISMS item missing", () => {
    const report = buildReadinessReport({
      content: model!,
      annexA: controls,
      clauseTitles: standards.isoClauses,
      answers: new Map(),
      ismsRecords: [],
    });
    expect(report.overallLevel).toBe(0);
    expect(report.recommendation).toMatchObject({
      readinessStatus: "not-ready",
      failing: ["maturity", "documentedIsms", "riskAssessment", "auditAndReview"],
    });
    expect(report.missingIsmsItems).toHaveLength(model!.isms.length);
    expect(report.missingIsmsItems.slice(0, 4).map((i) => i.id)).toEqual([
      "ISMS-4.4",
      "ISMS-6.1.2",
      "ISMS-9.2",
      "ISMS-9.3",
    ]);
  });
});
