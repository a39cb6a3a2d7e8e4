import { describe, expect, it } from "vitest";
import { monthRange, periodStart, trendPoints } from "./trend";

describe("trend shaping", () => {
  it("lists months across a year end and starts a period n-1 months back", () => {
    expect(monthRange("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthRange("2026-03", "2026-02")).toEqual([]);
    expect(periodStart(new Date("2026-05-20T00:00:00Z"), 6)).toBe("2025-12");
    expect(periodStart(new Date("2026-01-31T23:00:00Z"), 12)).toBe("2025-02");
  });

  it("fills every month, leaves months without data empty, and rounds means", () => {
    const points = trendPoints({
      layerIds: ["network", "apis"],
      from: "2026-01",
      to: "2026-03",
      aggregates: [
        { month: "2026-02", layerId: null, meanLevel: 4 / 3, programs: 3 },
        { month: "2026-02", layerId: "network", meanLevel: 5 / 3, programs: 3 },
        { month: "2026-03", layerId: "apis", meanLevel: 2, programs: 1 },
        { month: "2026-03", layerId: "unknown", meanLevel: 1, programs: 1 },
        { month: "2025-12", layerId: null, meanLevel: 1, programs: 1 },
      ],
    });
    expect(points).toEqual([
      { month: "2026-01", programs: 0, overall: null, layers: { network: null, apis: null } },
      { month: "2026-02", programs: 3, overall: 1.33, layers: { network: 1.67, apis: null } },
      { month: "2026-03", programs: 0, overall: null, layers: { network: null, apis: 2 } },
    ]);
  });

  it("starts an all-time trend at the first month with data, and is empty without any", () => {
    const aggregates = [{ month: "2026-02", layerId: null, meanLevel: 1, programs: 1 }];
    expect(trendPoints({ aggregates, layerIds: [], from: null, to: "2026-03" }).map((p) => p.month)).toEqual(["2026-02", "2026-03"]);
    expect(trendPoints({ aggregates: [], layerIds: [], from: null, to: "2026-03" })).toEqual([]);
  });
});
