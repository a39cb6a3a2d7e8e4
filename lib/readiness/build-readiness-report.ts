// The ISO/IEC 27001 readiness report model: everything the HTML page and the PDF render, as plain
// serialisable data (no Dates, no Maps), from the pinned content, the Annex A catalogue, the
// answers and the ISMS records. Pure: the same inputs always give the same report.

import type { AnswerValue } from "@/lib/scoring/answer-values";
import { scoreAssessment, type ScoringLevel } from "@/lib/scoring/score-assessment";
import { coverAnnexA, type AnnexACoverage, type AnnexAControl } from "./annex-a-coverage";
import {
  ISMS_CONDITIONS,
  recommendCertification,
  type CertificationRecommendation,
  type IsmsConditionKey,
  type LayerLevel,
} from "./certification-recommendation";
import {
  assessIsmsItems,
  clauseReadiness,
  countStates,
  type ClauseReadiness,
  type IsmsContentItem,
  type IsmsItemReadiness,
  type IsmsRecord,
  type IsmsStateCounts,
} from "./isms-readiness";

// The part of the content model the report reads (TContentModel fits it).
export type ReadinessContent = {
  version: string;
  levels: ReadonlyArray<{ level: number; name: string }>;
  layers: ReadonlyArray<{ id: string; name: string }>;
  practices: ReadonlyArray<{
    id: string;
    title: string;
    layer: string;
    level: ScoringLevel;
    mappings: { iso27001: readonly string[] };
  }>;
  isms: readonly IsmsContentItem[];
};

export type ReportLayer = LayerLevel & { score: number; completion: number };

// An ISMS item not in place, and the recommendation condition it holds back (null: none).
export type MissingIsmsItem = IsmsItemReadiness & { blocksCondition: IsmsConditionKey | null };

export type ReadinessReport = {
  contentVersion: string;
  // The content's level names (1 Foundation ... 4 Optimized); level 0 has none.
  levels: Array<{ level: number; name: string }>;
  // Layers in content order with their achieved level.
  layers: ReportLayer[];
  overallLevel: number;
  // Answered applicable practices / applicable practices: unanswered ones count as not met.
  completion: number;
  recommendation: CertificationRecommendation;
  isms: {
    // Clauses 4 to 10, each with its items.
    clauses: ClauseReadiness[];
    counts: IsmsStateCounts;
  };
  // Items not IN_PLACE: those the recommendation needs first (in condition order), then the rest
  // in content (clause) order.
  missingIsmsItems: MissingIsmsItem[];
  // All 93 controls in Annex A order, with counts by theme and in total.
  annexA: AnnexACoverage;
};

export function buildReadinessReport(options: {
  content: ReadinessContent;
  annexA: readonly AnnexAControl[];
  // ISO/IEC 27001:2022 clause id ("4") -> heading.
  clauseTitles: ReadonlyMap<string, string>;
  answers: ReadonlyMap<string, AnswerValue>;
  ismsRecords: readonly IsmsRecord[];
}): ReadinessReport {
  const { content, answers } = options;
  const score = scoreAssessment({
    layerIds: content.layers.map((l) => l.id),
    practices: content.practices.map((p) => ({ id: p.id, layerId: p.layer, level: p.level })),
    answers,
  });
  const layers = content.layers.map((layer, i): ReportLayer => {
    const result = score.layers[i]!;
    return {
      layerId: layer.id,
      name: layer.name,
      level: result.level,
      allNotApplicable: result.allNotApplicable,
      score: result.score,
      completion: result.completion,
    };
  });

  const items = assessIsmsItems({ items: content.isms, records: options.ismsRecords });
  const recommendation = recommendCertification({
    layers,
    items,
    states: new Map(items.map((i) => [i.id, i.state])),
  });

  const annexA = coverAnnexA({
    controls: options.annexA,
    practices: content.practices.map((p) => ({
      id: p.id,
      title: p.title,
      layerId: p.layer,
      level: p.level,
      controlIds: p.mappings.iso27001,
    })),
    answers,
  });

  return {
    contentVersion: content.version,
    levels: content.levels.map((l) => ({ level: l.level, name: l.name })),
    layers,
    overallLevel: score.overall.level,
    completion: score.overall.completion,
    recommendation,
    isms: { clauses: clauseReadiness({ items, clauseTitles: options.clauseTitles }), counts: countStates(items) },
    missingIsmsItems: missingItems(items),
    annexA,
  };
}

function missingItems(items: readonly IsmsItemReadiness[]): MissingIsmsItem[] {
  const conditionOf = new Map<string, { key: IsmsConditionKey; rank: number }>();
  let rank = 0;
  for (const condition of ISMS_CONDITIONS) {
    for (const id of condition.itemIds) conditionOf.set(id, { key: condition.key, rank: rank++ });
  }
  return items
    .map((item, index) => ({ item, index, condition: conditionOf.get(item.id) }))
    .filter(({ item }) => item.state !== "IN_PLACE")
    .sort((a, b) => (a.condition?.rank ?? rank + a.index) - (b.condition?.rank ?? rank + b.index))
    .map(({ item, condition }) => ({ ...item, blocksCondition: condition?.key ?? null }));
}
