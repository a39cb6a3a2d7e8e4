import { describe, expect, it } from "vitest";
import { heatmapRows, levelDistribution, paginate, programPickerOptions, type ProgramLevelRow } from "./program-levels";

const LAYERS = ["network", "apis"];
const at = (network: number, apis: number, options: { apisNa?: boolean; scores?: [number, number] } = {}) => [
  { layerId: "network", level: network, score: options.scores?.[0] ?? network, notApplicable: false },
  { layerId: "apis", level: apis, score: options.scores?.[1] ?? apis, notApplicable: options.apisNa ?? false },
];
const program = (name: string, layers: ProgramLevelRow["layers"] | null): ProgramLevelRow => ({
  programId: name.toLowerCase(),
  programName: name,
  assessment: layers ? { id: `${name}-a`, title: "A", status: "APPROVED", date: new Date("2026-01-01") } : null,
  layers: layers ?? [],
  ismsInPlace: [],
});

describe("heatmap rows", () => {
  const rows = [
    program("Zeta", at(2, 2)),
    program("Alpha", at(2, 2, { scores: [2.5, 2.5] })),
    program("None", null),
    program("Beta", at(3, 1)),
    program("Gamma", at(2, 4, { apisNa: true })),
  ];

  it("orders weakest first by overall level, then mean score, then name; unassessed last", () => {
    const heat = heatmapRows({ rows, layerIds: LAYERS });
    expect(heat.map((r) => [r.programName, r.overall])).toEqual([["Beta", 1], ["Zeta", 2], ["Alpha", 2], ["Gamma", 2], ["None", null]]);
    expect(heat[3]!.cells).toEqual([{ layerId: "network", level: 2, notApplicable: false }, { layerId: "apis", level: 4, notApplicable: true }]);
    expect(heat[4]!.cells).toEqual([{ layerId: "network", level: null, notApplicable: false }, { layerId: "apis", level: null, notApplicable: false }]);
  });

  it("shows and sorts by one layer when filtered, with N/A as the level 4 it scores", () => {
    const heat = heatmapRows({ rows, layerIds: LAYERS, layer: "apis" });
    expect(heat.map((r) => [r.programName, r.cells.map((c) => c.level)])).toEqual([["Beta", [1]], ["Zeta", [2]], ["Alpha", [2]], ["Gamma", [4]], ["None", [null]]]);
  });

  it("counts the distribution of overall levels, or of one layer with N/A apart", () => {
    expect(levelDistribution(heatmapRows({ rows, layerIds: LAYERS }), {})).toEqual({
      levels: [{ level: 0, programs: 0 }, { level: 1, programs: 1 }, { level: 2, programs: 3 }, { level: 3, programs: 0 }, { level: 4, programs: 0 }],
      notApplicable: 0,
      notAssessed: 1,
    });
    const apis = levelDistribution(heatmapRows({ rows, layerIds: LAYERS, layer: "apis" }), { layer: "apis" });
    expect(apis.levels.map((l) => l.programs)).toEqual([0, 1, 2, 0, 0]);
    expect([apis.notApplicable, apis.notAssessed]).toEqual([1, 1]);
  });
});

describe("paginate", () => {
  const items = Array.from({ length: 51 }, (_, i) => i);
  it("slices pages and clamps a page past the end to the last one", () => {
    expect(paginate(items, { page: 1, pageSize: 25 })).toMatchObject({ items: items.slice(0, 25), page: 1, pageCount: 3, total: 51 });
    expect(paginate(items, { page: 9, pageSize: 25 })).toMatchObject({ items: [50], page: 3 });
    expect(paginate([], { page: 2, pageSize: 25 })).toMatchObject({ items: [], page: 1, pageCount: 1 });
  });
});

describe("program picker options", () => {
  const programs = ["Alpha", "Beta", "Gamma", "Delta"].map((name) => ({ id: name.toLowerCase(), name }));
  const shown = heatmapRows({ rows: [program("Gamma", at(1, 1)), program("Beta", at(2, 2))], layerIds: LAYERS });

  it("lists every program when there are few", () => {
    expect(programPickerOptions({ programs, shown, limit: 4 })).toEqual({ programs, partial: false });
  });

  it("beyond the limit, lists the shown programs and the selected one, in the organisation's order", () => {
    const picker = programPickerOptions({ programs, shown, selected: "delta", limit: 3 });
    expect(picker).toEqual({ programs: [programs[1], programs[2], programs[3]], partial: true });
  });
});
