import { describe, expect, it } from "vitest";
import { loadContentModel } from "@/lib/content/load";
import { REPO_ROOT } from "@/tests/fixtures/content/build-tree";
import {
  ISMS_CONDITIONS,
  maturityCondition,
  recommendCertification,
  type LayerLevel,
} from "./certification-recommendation";
import type { IsmsState } from "./isms-readiness";

const NAMES = ["Network", "OS & Host", "Data", "Application", "Identity", "APIs", "Monitoring"];
const layers = (...levels: number[]): LayerLevel[] =>
  levels.map((level, i) => ({ layerId: `layer-${i}`, name: NAMES[i]!, level, allNotApplicable: false }));

const ITEMS = [
  { id: "ISMS-4.4", title: "Establish and document the ISMS" },
  { id: "ISMS-5.2", title: "Approve and communicate the security policy" },
  { id: "ISMS-6.1.2", title: "Define and complete the information security risk assessment" },
  { id: "ISMS-9.2", title: "Run an internal audit programme" },
  { id: "ISMS-9.3", title: "Hold management reviews of the ISMS" },
];
const PREREQUISITES = ["ISMS-4.4", "ISMS-6.1.2", "ISMS-9.2", "ISMS-9.3"];
const states = (overrides: Record<string, IsmsState> = {}) =>
  new Map<string, IsmsState>([...PREREQUISITES.map((id) => [id, "IN_PLACE"] as const), ...Object.entries(overrides)]);

const recommend = (levels: number[], overrides: Record<string, IsmsState> = {}) =>
  recommendCertification({ layers: layers(...levels), items: ITEMS, states: states(overrides) });

describe("maturity condition", () => {
  it("passes when every layer is at level 2 or above", () => {
    expect(maturityCondition(layers(2, 3, 4, 2))).toEqual({
      key: "maturity",
      passed: true,
      reason: "allLayersAtMinimum",
      minimumLevel: 2,
      lowestLevel: 2,
      layersBelow: [],
    });
  });

  it("fails naming the layers below level 2, lowest first", () => {
    const result = maturityCondition(layers(2, 1, 3, 0, 1));
    expect(result).toMatchObject({ passed: false, reason: "layersBelowMinimum", lowestLevel: 0 });
    expect(result.layersBelow.map((l) => [l.name, l.level])).toEqual([
      ["Application", 0],
      ["OS & Host", 1],
      ["Identity", 1],
    ]);
  });

  it("fails with no layers: nothing assessed, nothing claimed", () => {
    expect(maturityCondition([])).toMatchObject({ passed: false, reason: "noLayers", lowestLevel: 0, layersBelow: [] });
  });
});

describe("recommendCertification", () => {
  it("recommends certification when every layer is at level 2+ and the four ISMS items are in place", () => {
    const result = recommend([2, 2, 3, 2, 4, 2, 2]);
    expect(result).toMatchObject({ recommended: true, readinessStatus: "ready", failing: [] });
    expect(result.conditions.map((c) => [c.key, c.passed, c.reason])).toEqual([
      ["maturity", true, "allLayersAtMinimum"],
      ["documentedIsms", true, "inPlace"],
      ["riskAssessment", true, "inPlace"],
      ["auditAndReview", true, "inPlace"],
    ]);
  });

  it("does not depend on ISMS items outside the prerequisites", () => {
    expect(recommend([2, 2], { "ISMS-5.2": "MISSING" }).recommended).toBe(true);
  });

  it("needs both internal audit and management review in place", () => {
    const result = recommend([3, 3], { "ISMS-9.3": "PARTLY" });
    expect(result).toMatchObject({ recommended: false, readinessStatus: "close", failing: ["auditAndReview"] });
    expect(result.conditions[3]).toEqual({
      key: "auditAndReview",
      passed: false,
      reason: "notInPlace",
      items: [
        { id: "ISMS-9.2", title: "Run an internal audit programme", state: "IN_PLACE" },
        { id: "ISMS-9.3", title: "Hold management reviews of the ISMS", state: "PARTLY" },
      ],
      blockingItems: [{ id: "ISMS-9.3", title: "Hold management reviews of the ISMS", state: "PARTLY" }],
    });
  });

  it("treats an item nobody recorded as not in place", () => {
    const result = recommendCertification({ layers: layers(2), items: ITEMS, states: new Map() });
    expect(result.failing).toEqual(["documentedIsms", "riskAssessment", "auditAndReview"]);
    expect(result.conditions[1]).toMatchObject({ blockingItems: [{ id: "ISMS-4.4", state: "NOT_RECORDED" }] });
  });

  it("fails a condition whose item the pinned content lacks", () => {
    const result = recommendCertification({
      layers: layers(2),
      items: ITEMS.filter((i) => i.id !== "ISMS-6.1.2"),
      states: states(),
    });
    expect(result.failing).toEqual(["riskAssessment"]);
    expect(result.conditions[2]).toMatchObject({
      blockingItems: [{ id: "ISMS-6.1.2", title: "ISMS-6.1.2", state: "NOT_IN_CONTENT" }],
    });
  });

  describe("readinessStatus", () => {
    const cases: Array<[string, number[], Record<string, IsmsState>, string]> = [
      ["all conditions met", [2, 3, 2], {}, "ready"],
      ["one ISMS condition fails", [2, 3, 2], { "ISMS-4.4": "MISSING" }, "close"],
      [
        "one ISMS condition fails on two items",
        [2, 2, 2],
        { "ISMS-9.2": "MISSING", "ISMS-9.3": "NOT_RECORDED" },
        "close",
      ],
      ["one layer one level short", [2, 1, 3], {}, "close"],
      ["one layer two levels short", [2, 0, 3], {}, "not-ready"],
      ["two layers one level short", [1, 1, 3], {}, "not-ready"],
      ["one layer short and one ISMS condition fails", [2, 1, 3], { "ISMS-6.1.2": "PARTLY" }, "not-ready"],
      ["two ISMS conditions fail", [4, 4, 4], { "ISMS-4.4": "PARTLY", "ISMS-6.1.2": "PARTLY" }, "not-ready"],
      ["no layers", [], {}, "not-ready"],
    ];
    it.each(cases)("%s -> %s", (_name, levels, overrides, expected) => {
      const result = recommend(levels, overrides);
      expect(result.readinessStatus).toBe(expected);
      expect(result.recommended).toBe(expected === "ready");
    });
  });
});

describe("the prerequisites and the shipped content", () => {
  it("are exactly the ISMS items content/isms.yaml marks mustHave", () => {
    const loaded = loadContentModel({ root: REPO_ROOT });
    expect(loaded.ok).toBe(true);
    const mustHave = loaded.ok ? loaded.model.isms.filter((i) => i.mustHave).map((i) => i.id) : [];
    expect(ISMS_CONDITIONS.flatMap((c) => c.itemIds).sort()).toEqual([...mustHave].sort());
  });
});
