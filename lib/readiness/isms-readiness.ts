// ISMS readiness for ISO/IEC 27001:2022 clauses 4 to 10 (DESIGN.md §2, §6), as a pure function of
// the content's ISMS items and what the assessment's lead recorded for each.
//
// An item is IN_PLACE, PARTLY or MISSING as recorded, or NOT_RECORDED when nobody has said yet
// (never assumed to be in place). A clause groups the items whose clause number starts with it
// (6.1.2 belongs to 6) and is:
// - in-place: every item is IN_PLACE;
// - missing: no item is IN_PLACE or PARTLY (all MISSING or NOT_RECORDED);
// - partly: anything in between;
// - no-items: the content has no item for the clause (valid content always has one).

import { ISMS_STATUSES, type TIsmsStatus } from "./schema";

export const ISMS_STATES = [...ISMS_STATUSES, "NOT_RECORDED"] as const;
export type IsmsState = (typeof ISMS_STATES)[number];

export const ISMS_TOP_CLAUSES = ["4", "5", "6", "7", "8", "9", "10"] as const;
export type IsmsTopClause = (typeof ISMS_TOP_CLAUSES)[number];

export const CLAUSE_STATUSES = ["in-place", "partly", "missing", "no-items"] as const;
export type ClauseStatus = (typeof CLAUSE_STATUSES)[number];

export type IsmsContentItem = {
  id: string;
  clause: string;
  title: string;
  question: string;
  guidance: string;
  evidence: readonly string[];
  mustHave: boolean;
};

export type IsmsRecord = {
  itemId: string;
  status: TIsmsStatus;
  evidence: string | null;
  updatedAt: Date | null;
};

export type IsmsItemReadiness = {
  id: string;
  clause: string;
  title: string;
  question: string;
  guidance: string;
  // What evidence would show the item is in place (from the content).
  evidenceExamples: string[];
  mustHave: boolean;
  state: IsmsState;
  // What the lead wrote down as evidence, if anything.
  recordedEvidence: string | null;
  // ISO 8601, or null when not recorded.
  updatedAt: string | null;
};

export type IsmsStateCounts = Record<IsmsState, number> & { total: number };

export type ClauseReadiness = {
  clause: IsmsTopClause;
  title: string;
  status: ClauseStatus;
  items: IsmsItemReadiness[];
  counts: IsmsStateCounts;
};

export function topClause(clause: string): string {
  return clause.split(".")[0]!;
}

export function emptyStateCounts(): IsmsStateCounts {
  return { IN_PLACE: 0, PARTLY: 0, MISSING: 0, NOT_RECORDED: 0, total: 0 };
}

export function countStates(items: ReadonlyArray<{ state: IsmsState }>): IsmsStateCounts {
  const counts = emptyStateCounts();
  for (const item of items) {
    counts[item.state] += 1;
    counts.total += 1;
  }
  return counts;
}

export function clauseStatus(states: readonly IsmsState[]): ClauseStatus {
  if (states.length === 0) return "no-items";
  if (states.every((s) => s === "IN_PLACE")) return "in-place";
  if (states.some((s) => s === "IN_PLACE" || s === "PARTLY")) return "partly";
  return "missing";
}

// Items in content order; records for items the content does not know are ignored.
export function assessIsmsItems(options: {
  items: readonly IsmsContentItem[];
  records: readonly IsmsRecord[];
}): IsmsItemReadiness[] {
  const records = new Map(options.records.map((r) => [r.itemId, r]));
  return options.items.map((item) => {
    const record = records.get(item.id);
    return {
      id: item.id,
      clause: item.clause,
      title: item.title,
      question: item.question,
      guidance: item.guidance,
      evidenceExamples: [...item.evidence],
      mustHave: item.mustHave,
      state: record?.status ?? "NOT_RECORDED",
      recordedEvidence: record?.evidence?.trim() || null,
      updatedAt: record?.updatedAt ? record.updatedAt.toISOString() : null,
    };
  });
}

// Clauses 4 to 10 in order, each with its items. `clauseTitles` maps "4" to the standard's heading.
export function clauseReadiness(options: {
  items: readonly IsmsItemReadiness[];
  clauseTitles: ReadonlyMap<string, string>;
}): ClauseReadiness[] {
  return ISMS_TOP_CLAUSES.map((clause) => {
    const items = options.items.filter((item) => topClause(item.clause) === clause);
    return {
      clause,
      title: options.clauseTitles.get(clause) ?? "",
      status: clauseStatus(items.map((i) => i.state)),
      items,
      counts: countStates(items),
    };
  });
}
