// The certification recommendation of seed 001 section 4 ("Path to Certification"), applied to an
// assessment. Pure.
//
// Four conditions, all needed to recommend pursuing ISO/IEC 27001 certification:
// - maturity: every layer at level 2 or above ("begin certification pursuits after reaching
//   Level 2 or 3 maturity": level 2 is the threshold, and the overall level is the lowest layer's).
//   With no layers nothing is assessed, so it fails.
// - documentedIsms: ISMS-4.4 is IN_PLACE ("documented ISMS").
// - riskAssessment: ISMS-6.1.2 is IN_PLACE ("risk assessments completed").
// - auditAndReview: ISMS-9.2 and ISMS-9.3 are both IN_PLACE ("at least one cycle of internal audit
//   and management review").
// An ISMS condition passes only when each of its items is recorded IN_PLACE; PARTLY, MISSING, not
// recorded, or an item the pinned content lacks all fail it. These ids are content/isms.yaml's
// mustHave items; a test keeps the two in step.
//
// readinessStatus: "ready" when all four pass; "close" when exactly one unit of work is left:
// either one ISMS condition fails and the maturity condition passes, or the ISMS conditions all
// pass and exactly one layer is one level short (at level 1). A maturity failure with a layer at
// level 0 or two layers short is not close, however many ISMS conditions pass. Else "not-ready".

import type { IsmsState } from "./isms-readiness";

export const CERTIFICATION_MIN_LEVEL = 2;

export const ISMS_CONDITIONS = [
  { key: "documentedIsms", itemIds: ["ISMS-4.4"] },
  { key: "riskAssessment", itemIds: ["ISMS-6.1.2"] },
  { key: "auditAndReview", itemIds: ["ISMS-9.2", "ISMS-9.3"] },
] as const;

export type IsmsConditionKey = (typeof ISMS_CONDITIONS)[number]["key"];
export type ConditionKey = "maturity" | IsmsConditionKey;
export const CONDITION_KEYS: readonly ConditionKey[] = ["maturity", ...ISMS_CONDITIONS.map((c) => c.key)];

export const READINESS_STATUSES = ["ready", "close", "not-ready"] as const;
export type ReadinessStatus = (typeof READINESS_STATUSES)[number];

export type LayerLevel = { layerId: string; name: string; level: number; allNotApplicable: boolean };

export type MaturityCondition = {
  key: "maturity";
  passed: boolean;
  reason: "allLayersAtMinimum" | "layersBelowMinimum" | "noLayers";
  minimumLevel: number;
  // Lowest layer level (the overall level); 0 with no layers.
  lowestLevel: number;
  // Layers below the minimum, lowest first, then in the given order.
  layersBelow: LayerLevel[];
};

export type ConditionItem = { id: string; title: string; state: IsmsState | "NOT_IN_CONTENT" };

export type IsmsCondition = {
  key: IsmsConditionKey;
  passed: boolean;
  reason: "inPlace" | "notInPlace";
  items: ConditionItem[];
  // The items that are not IN_PLACE.
  blockingItems: ConditionItem[];
};

export type ConditionResult = MaturityCondition | IsmsCondition;

export type CertificationRecommendation = {
  recommended: boolean;
  readinessStatus: ReadinessStatus;
  // Always four, in CONDITION_KEYS order.
  conditions: ConditionResult[];
  failing: ConditionKey[];
};

export function maturityCondition(layers: readonly LayerLevel[]): MaturityCondition {
  const base = { key: "maturity" as const, minimumLevel: CERTIFICATION_MIN_LEVEL };
  if (layers.length === 0) return { ...base, passed: false, reason: "noLayers", lowestLevel: 0, layersBelow: [] };
  const layersBelow = layers
    .map((layer, index) => ({ layer, index }))
    .filter(({ layer }) => layer.level < CERTIFICATION_MIN_LEVEL)
    .sort((a, b) => a.layer.level - b.layer.level || a.index - b.index)
    .map(({ layer }) => layer);
  return {
    ...base,
    passed: layersBelow.length === 0,
    reason: layersBelow.length === 0 ? "allLayersAtMinimum" : "layersBelowMinimum",
    lowestLevel: Math.min(...layers.map((l) => l.level)),
    layersBelow,
  };
}

export function ismsConditions(options: {
  items: ReadonlyArray<{ id: string; title: string }>;
  states: ReadonlyMap<string, IsmsState>;
}): IsmsCondition[] {
  const titles = new Map(options.items.map((i) => [i.id, i.title]));
  return ISMS_CONDITIONS.map(({ key, itemIds }) => {
    const items = itemIds.map((id): ConditionItem => {
      const title = titles.get(id);
      if (title === undefined) return { id, title: id, state: "NOT_IN_CONTENT" };
      return { id, title, state: options.states.get(id) ?? "NOT_RECORDED" };
    });
    const blockingItems = items.filter((i) => i.state !== "IN_PLACE");
    const passed = blockingItems.length === 0;
    return { key, passed, reason: passed ? "inPlace" : "notInPlace", items, blockingItems };
  });
}

export function readinessStatus(conditions: readonly ConditionResult[]): ReadinessStatus {
  const failing = conditions.filter((c) => !c.passed);
  if (failing.length === 0) return "ready";
  if (failing.length > 1) return "not-ready";
  const only = failing[0]!;
  if (only.key !== "maturity") return "close";
  const oneLayerOneLevelShort =
    only.layersBelow.length === 1 && only.layersBelow[0]!.level === CERTIFICATION_MIN_LEVEL - 1;
  return oneLayerOneLevelShort ? "close" : "not-ready";
}

export function recommendCertification(options: {
  layers: readonly LayerLevel[];
  items: ReadonlyArray<{ id: string; title: string }>;
  states: ReadonlyMap<string, IsmsState>;
}): CertificationRecommendation {
  const conditions: ConditionResult[] = [maturityCondition(options.layers), ...ismsConditions(options)];
  const status = readinessStatus(conditions);
  return {
    recommended: status === "ready",
    readinessStatus: status,
    conditions,
    failing: conditions.filter((c) => !c.passed).map((c) => c.key),
  };
}
