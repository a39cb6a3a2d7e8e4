import { describe, expect, it } from "vitest";
import type { ProgramLevelRow } from "./program-levels";
import { readinessSummary } from "./readiness-summary";

const LAYERS = [{ id: "network", name: "Network" }, { id: "data", name: "Data" }];
const ITEMS = ["ISMS-4.4", "ISMS-6.1.2", "ISMS-9.2", "ISMS-9.3"].map((id) => ({ id, title: id }));
const ALL = ITEMS.map((i) => i.id);
const row = (name: string, levels: [number, number] | null, ismsInPlace: string[] = ALL): ProgramLevelRow => ({
  programId: name,
  programName: name,
  assessment: levels ? { id: `${name}-a`, title: "A", status: "APPROVED", date: new Date() } : null,
  layers: levels ? [{ layerId: "network", level: levels[0], score: levels[0], notApplicable: false }, { layerId: "data", level: levels[1], score: levels[1], notApplicable: false }] : [],
  ismsInPlace,
});

describe("readiness summary", () => {
  it("sorts programs by the certification rule of lib/readiness", () => {
    const summary = readinessSummary({
      layers: LAYERS,
      ismsItems: ITEMS,
      rows: [
        row("Ready", [2, 3]),
        row("One layer short", [1, 2]),
        row("One ISMS condition short", [2, 2], ["ISMS-4.4", "ISMS-6.1.2", "ISMS-9.2"]),
        row("Level 0", [0, 4]),
        row("Two short", [1, 1]),
        row("Unassessed", null),
      ],
    });
    expect(summary.ready.map((p) => p.programName)).toEqual(["Ready"]);
    expect(summary.close.map((p) => p.programName)).toEqual(["One layer short", "One ISMS condition short"]);
    expect([summary.notReady, summary.notAssessed]).toEqual([2, 1]);
  });
});
