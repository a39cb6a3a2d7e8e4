// What goes into the PDF reports (gap roadmap, executive summary), as plain data and pure
// functions: the loader (load-report-input.ts) fills ReportInput from the same queries as the
// pages, and the PDF components only lay out what these functions return. Client-safe and
// framework-free, so every number a report prints is unit-tested without rendering.

import type { AssessmentStatus } from "@/lib/assessments/lifecycle";
import type { RaciPageRow } from "@/lib/raci/raci-page";
import type { RoadmapPageItem } from "@/lib/roadmap/queries";
import type { OverallResult } from "@/lib/scoring/score-assessment";
import type { TeamPlanPage } from "@/lib/team-plan/queries";

export type ReportRoadmapItem = Pick<
  RoadmapPageItem,
  | "practiceId"
  | "title"
  | "layerId"
  | "layerName"
  | "level"
  | "effort"
  | "risk"
  | "phase"
  | "position"
  | "responsible"
  | "accountable"
  | "mappings"
  | "evidence"
  | "ownerName"
  | "dueDate"
  | "status"
  | "notes"
  | "doneButStillGap"
>;

export type ReportLayer = {
  id: string;
  name: string;
  level: number;
  score: number;
  target: number | null;
  completion: number;
  allNotApplicable: boolean;
};

export type ReportInput = {
  organisationName: string;
  programName: string;
  assessment: {
    id: string;
    title: string;
    status: AssessmentStatus;
    contentVersion: string;
    createdAt: Date;
    submittedAt: Date | null;
    approvedAt: Date | null;
    approvedByName: string | null;
  };
  // Content level names by number (1 Foundation … 4 Optimized).
  levelNames: Readonly<Record<number, string>>;
  layers: ReportLayer[];
  overall: OverallResult;
  roadmap: { generatedAt: Date | null; phases: Array<{ phase: number; items: ReportRoadmapItem[] }> };
  raci: {
    actors: Array<{ id: string; name: string; parties: string[] }>;
    rows: Array<Pick<RaciPageRow, "rowKey" | "kind" | "label" | "cells">>;
  };
  teamPlan: Pick<TeamPlanPage, "requiredLevel" | "coverage" | "roles" | "gaps" | "suggestedCertifications">;
};

export const MAX_LEVEL = 4;
export const TOP_COUNT = 5;
// A table row never splits across pages, so no row may be taller than a page: free text typed by
// users (notes, party names) is clipped in the PDF; the full text is in the CSV/XLSX/JSON exports.
export const NOTE_LIMIT = 400;
export const NAME_LIST_LIMIT = 120;

// Text cut at a word boundary to at most `limit` characters, with an ellipsis when cut.
export function clip(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const isOpen = (item: Pick<ReportRoadmapItem, "status">) => item.status !== "DONE";

export function roadmapItems(input: Pick<ReportInput, "roadmap">): ReportRoadmapItem[] {
  return input.roadmap.phases.flatMap((phase) => phase.items);
}

export type PhaseGapCount = { phase: number; total: number; open: number; inProgress: number; done: number };

// Items per phase by status; every phase of the plan is listed, empty ones included.
export function gapCountsByPhase(input: Pick<ReportInput, "roadmap">): PhaseGapCount[] {
  return input.roadmap.phases.map(({ phase, items }) => ({
    phase,
    total: items.length,
    open: items.filter((i) => i.status === "OPEN").length,
    inProgress: items.filter((i) => i.status === "IN_PROGRESS").length,
    done: items.filter((i) => i.status === "DONE").length,
  }));
}

// The highest-risk gaps not yet closed: risk weight (highest first), then foundation first (lower
// level), then the roadmap's own order. Done items are closed work, not risks.
export function topRisks(input: Pick<ReportInput, "roadmap">, count = TOP_COUNT): ReportRoadmapItem[] {
  return roadmapItems(input)
    .map((item, order) => ({ item, order }))
    .filter(({ item }) => isOpen(item))
    .sort((a, b) => b.item.risk - a.item.risk || a.item.level - b.item.level || a.order - b.order)
    .slice(0, count)
    .map(({ item }) => item);
}

// The next things to do: the first open items of the roadmap, in its order (phase, then position).
export function topActions(input: Pick<ReportInput, "roadmap">, count = TOP_COUNT): ReportRoadmapItem[] {
  return roadmapItems(input).filter(isOpen).slice(0, count);
}

export type LayerRow = ReportLayer & { gap: number; meetsTarget: boolean };

// Per layer: how many levels it still lacks to reach its target (0 when met or without a target).
export function layerRows(input: Pick<ReportInput, "layers">): LayerRow[] {
  return input.layers.map((layer) => {
    const gap = layer.target === null ? 0 : Math.max(0, layer.target - layer.level);
    return { ...layer, gap, meetsTarget: gap === 0 };
  });
}

export type SummaryFacts = {
  overallLevel: number;
  meanLevel: number;
  completion: number;
  layersBelowTarget: number;
  openGaps: number;
  totalGaps: number;
  weakestLayers: string[];
  phases: PhaseGapCount[];
};

// The figures of the executive summary paragraph and the key-figure boxes.
export function summaryFacts(input: Pick<ReportInput, "layers" | "overall" | "roadmap">): SummaryFacts {
  const items = roadmapItems(input);
  const rows = layerRows(input);
  return {
    overallLevel: input.overall.level,
    meanLevel: input.overall.meanLevel,
    completion: input.overall.completion,
    layersBelowTarget: rows.filter((r) => !r.meetsTarget).length,
    openGaps: items.filter(isOpen).length,
    totalGaps: items.length,
    // The layers that set the overall level (the minimum), N/A-only layers aside.
    weakestLayers: input.layers
      .filter((l) => !l.allNotApplicable && l.level === input.overall.level)
      .map((l) => l.name),
    phases: gapCountsByPhase(input),
  };
}

// Who does a roadmap item, as a report names them: the parties (real organisations) that play
// the Responsible actors, each once, or the actor itself where no party plays it yet; the same
// for the Accountable actor. Which party plays which actor is in the RACI section.
export function itemParties(item: Pick<ReportRoadmapItem, "responsible" | "accountable">): {
  responsible: string[];
  accountable: string | null;
} {
  const names = (actor: { actorName: string; parties: readonly string[] }) =>
    actor.parties.length > 0 ? actor.parties : [actor.actorName];
  return {
    responsible: [...new Set(item.responsible.flatMap(names))],
    accountable: item.accountable ? names(item.accountable).join(", ") : null,
  };
}

// Mapped control ids per standard, in the content's order, without empty standards.
export function mappingLines(
  mappings: ReportRoadmapItem["mappings"],
  labels: Readonly<Record<"iso27001" | "csf" | "sp80053", string>>,
): Array<{ standard: string; ids: string }> {
  return (["iso27001", "csf", "sp80053"] as const)
    .filter((standard) => mappings[standard].length > 0)
    .map((standard) => ({ standard: labels[standard], ids: mappings[standard].join(", ") }));
}

// "2026-03-01 09:30" in UTC: unambiguous in every locale, as auditors expect on a printout.
export function utcDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 16)}`;
}

export function utcDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
