import { describe, expect, it } from "vitest";
import { loadContentModel } from "@/lib/content/load";
import { loadStandards } from "@/lib/content/standards";
import type { AnswerValue } from "@/lib/scoring/answer-values";
import { REPO_ROOT } from "@/tests/fixtures/content/build-tree";
import { annexATheme, controlStatus, coverAnnexA, type CoveragePractice } from "./annex-a-coverage";

const practice = (id: string, controlIds: string[], level = 1): CoveragePractice => ({
  id,
  title: `Practice ${id}`,
  layerId: id.startsWith("NET") ? "network" : "identity",
  level,
  controlIds,
});

describe("controlStatus", () => {
  const cases: Array<[Array<AnswerValue | undefined>, string]> = [
    [[], "not-addressed"],
    [["NOT_APPLICABLE"], "not-addressed"],
    [["NOT_APPLICABLE", "NOT_APPLICABLE"], "not-addressed"],
    [["FULLY"], "covered"],
    [["LARGELY", "FULLY"], "covered"],
    [["FULLY", "NOT_APPLICABLE"], "covered"],
    [["FULLY", "PARTIALLY"], "partly"],
    [["LARGELY", "NOT_IMPLEMENTED"], "partly"],
    [["LARGELY", undefined], "partly"],
    [["PARTIALLY"], "partly"],
    [["PARTIALLY", "NOT_IMPLEMENTED", "NOT_APPLICABLE"], "partly"],
    [["NOT_IMPLEMENTED"], "gap"],
    [[undefined], "gap"],
    [["NOT_IMPLEMENTED", undefined, "NOT_APPLICABLE"], "gap"],
  ];
  it.each(cases)("%j -> %s", (answers, status) => {
    expect(controlStatus(answers)).toBe(status);
  });
});

describe("annexATheme", () => {
  it("derives the theme from the Annex A clause", () => {
    expect(["A.5.1", "A.6.8", "A.7.14", "A.8.34"].map(annexATheme)).toEqual([
      "organisational",
      "people",
      "physical",
      "technological",
    ]);
  });

  it("refuses ids that are not Annex A controls", () => {
    for (const id of ["A.9.1", "5.1", "A.5", "GV.OC-01"]) expect(() => annexATheme(id)).toThrow(/not an ISO/);
  });
});

describe("coverAnnexA", () => {
  const controls = [
    { id: "A.5.15", title: "Access control" },
    { id: "A.5.16", title: "Identity management" },
    { id: "A.6.3", title: "Awareness" },
    { id: "A.7.4", title: "Physical security monitoring" },
    { id: "A.8.5", title: "Secure authentication" },
    { id: "A.8.20", title: "Networks security" },
    { id: "A.8.20", title: "Networks security (listed twice)" },
  ];
  const practices = [
    practice("IDN-1.2", ["A.5.15", "A.8.5"]),
    practice("IDN-1.10", ["A.5.15"]),
    practice("IDN-2.1", ["A.5.16", "A.5.16"], 2),
    practice("NET-1.1", ["A.8.20", "A.99.1"]),
    practice("NET-1.2", ["A.8.20"]),
    practice("IDN-3.1", ["A.6.3"], 3),
  ];
  const answers = new Map<string, AnswerValue>([
    ["IDN-1.2", "FULLY"],
    ["IDN-1.10", "LARGELY"],
    ["IDN-2.1", "NOT_APPLICABLE"],
    ["NET-1.1", "PARTIALLY"],
    // NET-1.2 and IDN-3.1 unanswered.
  ]);
  const coverage = coverAnnexA({ controls, practices, answers });
  const row = (id: string) => coverage.controls.find((c) => c.id === id)!;

  it("lists each control once, in the order given, with its theme", () => {
    expect(coverage.controls.map((c) => [c.id, c.theme])).toEqual([
      ["A.5.15", "organisational"],
      ["A.5.16", "organisational"],
      ["A.6.3", "people"],
      ["A.7.4", "physical"],
      ["A.8.5", "technological"],
      ["A.8.20", "technological"],
    ]);
    expect(row("A.8.20").title).toBe("Networks security");
  });

  it("classifies each control by its mapped practices", () => {
    expect(coverage.controls.map((c) => [c.id, c.status])).toEqual([
      ["A.5.15", "covered"], // Fully + Largely
      ["A.5.16", "not-addressed"], // its only practice is N/A
      ["A.6.3", "gap"], // unanswered
      ["A.7.4", "not-addressed"], // nothing maps to it
      ["A.8.5", "covered"],
      ["A.8.20", "partly"], // Partially + unanswered
    ]);
    expect(row("A.5.16").allNotApplicable).toBe(true);
    expect(row("A.7.4").allNotApplicable).toBe(false);
  });

  it("names the practices behind each control, in id order, with their answers", () => {
    expect(row("A.5.15").practices.map((p) => [p.id, p.answer, p.met])).toEqual([
      ["IDN-1.2", "FULLY", true],
      ["IDN-1.10", "LARGELY", true],
    ]);
    expect(row("A.5.16").practices).toEqual([
      {
        id: "IDN-2.1",
        title: "Practice IDN-2.1",
        layerId: "identity",
        level: 2,
        answer: "NOT_APPLICABLE",
        applicable: false,
        met: false,
      },
    ]);
    expect(row("A.8.20")).toMatchObject({ applicable: 2, met: 0, unanswered: 1 });
    expect(row("A.7.4").practices).toEqual([]);
  });

  it("counts by theme and in total", () => {
    expect(coverage.totals).toEqual({ covered: 2, partly: 1, gap: 1, "not-addressed": 2, total: 6 });
    expect(coverage.themes).toEqual([
      { theme: "organisational", counts: { covered: 1, partly: 0, gap: 0, "not-addressed": 1, total: 2 } },
      { theme: "people", counts: { covered: 0, partly: 0, gap: 1, "not-addressed": 0, total: 1 } },
      { theme: "physical", counts: { covered: 0, partly: 0, gap: 0, "not-addressed": 1, total: 1 } },
      { theme: "technological", counts: { covered: 1, partly: 1, gap: 0, "not-addressed": 0, total: 2 } },
    ]);
  });
});

describe("Annex A coverage of the shipped content", () => {
  const loaded = loadContentModel({ root: REPO_ROOT });
  const model = loaded.ok ? loaded.model : undefined;
  const standards = loadStandards({ root: REPO_ROOT });
  const controls = [...standards.isoAnnexA].map(([id, title]) => ({ id, title }));
  const practices = (model?.practices ?? []).map((p) => ({ ...p, layerId: p.layer, controlIds: p.mappings.iso27001 }));

  it("has 93 controls in four themes of 37, 8, 14 and 34", () => {
    expect(model).toBeDefined();
    const coverage = coverAnnexA({ controls, practices, answers: new Map() });
    expect(coverage.controls).toHaveLength(93);
    expect(coverage.themes.map((t) => [t.theme, t.counts.total])).toEqual([
      ["organisational", 37],
      ["people", 8],
      ["physical", 14],
      ["technological", 34],
    ]);
  });

  it("with no answers, every mapped control is a gap and the rest are not addressed", () => {
    const mapped = new Set(practices.flatMap((p) => p.controlIds));
    const coverage = coverAnnexA({ controls, practices, answers: new Map() });
    expect(coverage.totals).toEqual({
      covered: 0,
      partly: 0,
      gap: mapped.size,
      "not-addressed": 93 - mapped.size,
      total: 93,
    });
    // The questionnaire is technical: no practice covers physical security (A.7).
    expect(coverage.themes.find((t) => t.theme === "physical")!.counts["not-addressed"]).toBe(14);
  });

  it("with every practice Fully implemented, every mapped control is covered", () => {
    const answers = new Map(practices.map((p) => [p.id, "FULLY" as const]));
    const coverage = coverAnnexA({ controls, practices, answers });
    expect(coverage.totals.covered).toBe(new Set(practices.flatMap((p) => p.controlIds)).size);
    expect(coverage.totals.partly + coverage.totals.gap).toBe(0);
  });
});
