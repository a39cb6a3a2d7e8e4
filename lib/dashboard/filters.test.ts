import { describe, expect, it } from "vitest";
import { dashboardQuery, parseDashboardFilters } from "./filters";

describe("dashboard filters", () => {
  it("gives the defaults for an empty query", () => {
    expect(parseDashboardFilters({})).toEqual({ filters: { status: "approved", period: "12m", page: 1 }, ignored: [] });
  });

  it("keeps known values and takes the first of repeated ones", () => {
    const { filters, ignored } = parseDashboardFilters({ program: "cm0abc", layer: ["identity", "data"], status: "in-progress", period: "all", page: "3" });
    expect(filters).toEqual({ program: "cm0abc", layer: "identity", status: "in-progress", period: "all", page: 3 });
    expect(ignored).toEqual([]);
  });

  it("drops unknown values, reports them, and falls back to the defaults", () => {
    const { filters, ignored } = parseDashboardFilters({ program: "../../x", layer: "kernel", status: "maybe", period: "5y", page: "0" });
    expect(filters).toEqual({ status: "approved", period: "12m", page: 1 });
    expect(ignored).toEqual(["program", "layer", "status", "period", "page"]);
  });

  it("treats empty values as not given", () => {
    expect(parseDashboardFilters({ program: "", layer: "" }).ignored).toEqual([]);
  });

  it("writes a query string without the defaults, with changes applied", () => {
    const { filters } = parseDashboardFilters({ layer: "apis", period: "24m", page: "2" });
    expect(dashboardQuery(filters)).toBe("?layer=apis&period=24m&page=2");
    expect(dashboardQuery(filters, { page: 1, layer: undefined })).toBe("?period=24m");
    expect(dashboardQuery(parseDashboardFilters({}).filters)).toBe("");
  });
});
