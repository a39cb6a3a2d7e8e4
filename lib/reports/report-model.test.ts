import { describe, expect, it } from "vitest";
import {
  clip,
  gapCountsByPhase,
  itemParties,
  layerRows,
  mappingLines,
  summaryFacts,
  topActions,
  topRisks,
  utcDate,
  utcDateTime,
  type ReportInput,
  type ReportRoadmapItem,
} from "./report-model";

type ItemSpec = Pick<ReportRoadmapItem, "practiceId" | "level" | "risk" | "phase"> &
  Partial<Pick<ReportRoadmapItem, "status" | "effort">>;

function item(spec: ItemSpec, position: number): ReportRoadmapItem {
  return {
    title: `Title of ${spec.practiceId}`,
    layerId: "network",
    layerName: "Network",
    effort: "M",
    status: "OPEN",
    responsible: [],
    accountable: null,
    mappings: { iso27001: [], csf: [], sp80053: [] },
    evidence: ["Evidence"],
    ownerName: null,
    dueDate: null,
    notes: "",
    doneButStillGap: false,
    position,
    ...spec,
  };
}

// The roadmap's own order: phase 1 items first, by position.
const SPECS: ItemSpec[] = [
  { practiceId: "NET-1.1", level: 1, risk: 5, phase: 1, status: "DONE" },
  { practiceId: "IDN-1.2", level: 1, risk: 4, phase: 1 },
  { practiceId: "NET-1.3", level: 1, risk: 3, phase: 1, status: "IN_PROGRESS" },
  { practiceId: "APP-2.1", level: 2, risk: 5, phase: 1 },
  { practiceId: "NET-2.2", level: 2, risk: 4, phase: 2 },
  { practiceId: "DAT-2.3", level: 2, risk: 4, phase: 2, status: "DONE" },
  { practiceId: "MON-3.1", level: 3, risk: 5, phase: 3 },
  { practiceId: "API-3.2", level: 3, risk: 2, phase: 3 },
];

const items = SPECS.map((spec, i) => item(spec, i + 1));
const roadmap: ReportInput["roadmap"] = {
  generatedAt: new Date("2026-03-01T09:30:00Z"),
  phases: [1, 2, 3].map((phase) => ({ phase, items: items.filter((i) => i.phase === phase) })),
};

const layers: ReportInput["layers"] = [
  { id: "network", name: "Network", level: 1, score: 1.5, target: 3, completion: 0.8, allNotApplicable: false },
  { id: "data", name: "Data", level: 2, score: 2.2, target: 2, completion: 1, allNotApplicable: false },
  { id: "identity", name: "Identity", level: 1, score: 1.33, target: null, completion: 0.5, allNotApplicable: false },
  { id: "apis", name: "APIs", level: 4, score: 4, target: 2, completion: 1, allNotApplicable: true },
];

describe("report model", () => {
  it("counts the roadmap's gaps per phase and status", () => {
    expect(gapCountsByPhase({ roadmap })).toEqual([
      { phase: 1, total: 4, open: 2, inProgress: 1, done: 1 },
      { phase: 2, total: 2, open: 1, inProgress: 0, done: 1 },
      { phase: 3, total: 2, open: 2, inProgress: 0, done: 0 },
    ]);
    expect(gapCountsByPhase({ roadmap: { generatedAt: null, phases: [] } })).toEqual([]);
  });

  it("ranks the open gaps by risk, then level, then roadmap order for the top risks", () => {
    // NET-1.1 (risk 5) and DAT-2.3 are done, so they are not risks any more.
    expect(topRisks({ roadmap }).map((i) => i.practiceId)).toEqual([
      "APP-2.1", // risk 5, level 2
      "MON-3.1", // risk 5, level 3
      "IDN-1.2", // risk 4, level 1
      "NET-2.2", // risk 4, level 2
      "NET-1.3", // risk 3 (in progress is still open)
    ]);
    expect(topRisks({ roadmap }, 2).map((i) => i.practiceId)).toEqual(["APP-2.1", "MON-3.1"]);
  });

  it("takes the first open items in roadmap order as the top actions", () => {
    expect(topActions({ roadmap }).map((i) => i.practiceId)).toEqual([
      "IDN-1.2",
      "NET-1.3",
      "APP-2.1",
      "NET-2.2",
      "MON-3.1",
    ]);
  });

  it("keeps ties in roadmap order and returns fewer when fewer are open", () => {
    const small = {
      generatedAt: roadmap.generatedAt,
      phases: [
        {
          phase: 1,
          items: [
            item({ practiceId: "A-1.1", level: 1, risk: 4, phase: 1 }, 1),
            item({ practiceId: "B-1.1", level: 1, risk: 4, phase: 1 }, 2),
          ],
        },
      ],
    };
    expect(topRisks({ roadmap: small }).map((i) => i.practiceId)).toEqual(["A-1.1", "B-1.1"]);
    expect(topActions({ roadmap: small })).toHaveLength(2);
  });

  it("says how many levels each layer still lacks to reach its target", () => {
    expect(layerRows({ layers }).map((r) => [r.id, r.gap, r.meetsTarget])).toEqual([
      ["network", 2, false],
      ["data", 0, true],
      ["identity", 0, true],
      ["apis", 0, true],
    ]);
  });

  it("sums up the summary paragraph's figures", () => {
    const facts = summaryFacts({
      layers,
      overall: { level: 1, meanLevel: 2, meanScore: 2.26, completion: 0.825 },
      roadmap,
    });
    expect(facts).toMatchObject({
      overallLevel: 1,
      meanLevel: 2,
      completion: 0.825,
      layersBelowTarget: 1,
      openGaps: 6,
      totalGaps: 8,
      // APIs is all N/A: it never sets the overall level.
      weakestLayers: ["Network", "Identity"],
    });
    expect(facts.phases.map((p) => p.total)).toEqual([4, 2, 2]);
  });

  it("clips long free text at a word, with an ellipsis", () => {
    expect(clip("short note", 20)).toBe("short note");
    expect(clip("  spaced\n\nout   text ", 40)).toBe("spaced out text");
    expect(clip("one two three four five six", 15)).toBe("one two three…");
    expect(clip("x".repeat(30), 10)).toBe(`${"x".repeat(9)}…`);
    expect(clip("one two three four five six", 15).length).toBeLessThanOrEqual(15);
  });

  it("names the parties that do an item, each once, or the actor where no party plays it", () => {
    const actor = (actorName: string, parties: string[]) => ({ actorId: actorName, actorName, parties });
    expect(
      itemParties({
        responsible: [
          actor("Infra Provider", ["Cloud Ltd"]),
          actor("Operations Teams", ["Cloud Ltd", "Ops Co"]),
          actor("Platform Provider", []),
        ],
        accountable: actor("Program Owner", ["State IT", "Finance Dept"]),
      }),
    ).toEqual({ responsible: ["Cloud Ltd", "Ops Co", "Platform Provider"], accountable: "State IT, Finance Dept" });
    expect(itemParties({ responsible: [], accountable: null })).toEqual({ responsible: [], accountable: null });
  });

  it("lists mapped controls per standard, leaving out empty standards", () => {
    const labels = { iso27001: "ISO 27001", csf: "CSF 2.0", sp80053: "SP 800-53" };
    expect(mappingLines({ iso27001: ["A.8.22", "A.8.20"], csf: [], sp80053: ["SC-7"] }, labels)).toEqual([
      { standard: "ISO 27001", ids: "A.8.22, A.8.20" },
      { standard: "SP 800-53", ids: "SC-7" },
    ]);
  });

  it("writes dates in UTC whatever the server's time zone", () => {
    const date = new Date("2026-03-01T23:45:00-05:00");
    expect(utcDateTime(date)).toBe("2026-03-02 04:45");
    expect(utcDate(date)).toBe("2026-03-02");
  });
});
