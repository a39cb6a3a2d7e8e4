import { describe, expect, it } from "vitest";
import {
  assessIsmsItems,
  clauseReadiness,
  clauseStatus,
  topClause,
  type IsmsContentItem,
  type IsmsState,
} from "./isms-readiness";

const item = (id: string, clause: string, mustHave = false): IsmsContentItem => ({
  id,
  clause,
  title: `Title ${id}`,
  question: `Question ${id}?`,
  guidance: `Guidance ${id}`,
  evidence: [`Evidence ${id}`],
  mustHave,
});

describe("clauseStatus", () => {
  const cases: Array<[IsmsState[], string]> = [
    [[], "no-items"],
    [["IN_PLACE"], "in-place"],
    [["IN_PLACE", "IN_PLACE"], "in-place"],
    [["IN_PLACE", "MISSING"], "partly"],
    [["IN_PLACE", "NOT_RECORDED"], "partly"],
    [["PARTLY"], "partly"],
    [["PARTLY", "MISSING"], "partly"],
    [["MISSING"], "missing"],
    [["NOT_RECORDED"], "missing"],
    [["MISSING", "NOT_RECORDED"], "missing"],
  ];
  it.each(cases)("%j -> %s", (states, status) => {
    expect(clauseStatus(states)).toBe(status);
  });
});

describe("topClause", () => {
  it("takes the clause number before the first dot", () => {
    expect(["4.1", "6.1.2", "9.3", "10", "10.2"].map(topClause)).toEqual(["4", "6", "9", "10", "10"]);
  });
});

describe("assessIsmsItems and clauseReadiness", () => {
  const items = [
    item("ISMS-4.4", "4.4", true),
    item("ISMS-6.1.2", "6.1.2", true),
    item("ISMS-6.2", "6.2"),
    item("ISMS-10", "10"),
  ];
  const assessed = assessIsmsItems({
    items,
    records: [
      {
        itemId: "ISMS-4.4",
        status: "IN_PLACE",
        evidence: "  ISMS manual v3  ",
        updatedAt: new Date("2026-03-01T10:00:00Z"),
      },
      { itemId: "ISMS-6.1.2", status: "PARTLY", evidence: "   ", updatedAt: new Date("2026-03-02T10:00:00Z") },
      { itemId: "ISMS-99", status: "IN_PLACE", evidence: null, updatedAt: null },
    ],
  });

  it("takes each item's recorded state, NOT_RECORDED when there is none, in content order", () => {
    expect(assessed.map((i) => [i.id, i.state, i.recordedEvidence, i.updatedAt])).toEqual([
      ["ISMS-4.4", "IN_PLACE", "ISMS manual v3", "2026-03-01T10:00:00.000Z"],
      ["ISMS-6.1.2", "PARTLY", null, "2026-03-02T10:00:00.000Z"],
      ["ISMS-6.2", "NOT_RECORDED", null, null],
      ["ISMS-10", "NOT_RECORDED", null, null],
    ]);
    expect(assessed[0]).toMatchObject({
      mustHave: true,
      evidenceExamples: ["Evidence ISMS-4.4"],
      question: "Question ISMS-4.4?",
    });
  });

  it("groups items under clauses 4 to 10 with the standard's headings", () => {
    const titles = new Map([
      ["4", "Context of the organization"],
      ["6", "Planning"],
      ["10", "Improvement"],
    ]);
    const clauses = clauseReadiness({ items: assessed, clauseTitles: titles });
    expect(clauses.map((c) => [c.clause, c.title, c.status, c.items.map((i) => i.id)])).toEqual([
      ["4", "Context of the organization", "in-place", ["ISMS-4.4"]],
      ["5", "", "no-items", []],
      ["6", "Planning", "partly", ["ISMS-6.1.2", "ISMS-6.2"]],
      ["7", "", "no-items", []],
      ["8", "", "no-items", []],
      ["9", "", "no-items", []],
      ["10", "Improvement", "missing", ["ISMS-10"]],
    ]);
    expect(clauses[2]!.counts).toEqual({ IN_PLACE: 0, PARTLY: 1, MISSING: 0, NOT_RECORDED: 1, total: 2 });
  });
});
