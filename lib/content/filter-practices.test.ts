import { describe, expect, it } from "vitest";
import { filterPractices, parsePracticeFilter } from "./filter-practices";
import type { TPractice } from "./schema";

function practice(overrides: Partial<TPractice>): TPractice {
  return {
    id: "NET-1.1",
    layer: "network",
    level: 1,
    title: "Segment the network",
    question: "Is the network segmented?",
    guidance: "Zones with allowed flows.",
    evidence: ["Diagram"],
    lens: "engineering",
    effort: "M",
    risk: 4,
    raci: { "infra-provider": "R", "program-owner": "A" },
    sources: ["001_50ed43366b3af2c9.txt"],
    mappings: { iso27001: ["A.8.22"], csf: ["PR.IR-01"], sp80053: ["SC-7"] },
    ...overrides,
  };
}

const practices = [
  practice({}),
  practice({ id: "IDN-2.1", layer: "identity", level: 2, lens: "operations", title: "Review access", mappings: { iso27001: ["A.5.18"], csf: ["PR.AA-05"], sp80053: ["AC-2(3)"] } }),
  practice({ id: "MON-1.1", layer: "monitoring", title: "Log security events", mappings: { iso27001: ["A.8.15"], csf: ["DE.CM-01"], sp80053: ["AU-2"] } }),
];

describe("filterPractices", () => {
  it("filters by layer, level and lens together", () => {
    expect(filterPractices(practices, { layer: "identity", level: 2, lens: "operations" }).map((p) => p.id)).toEqual(["IDN-2.1"]);
    expect(filterPractices(practices, { level: 1 }).map((p) => p.id)).toEqual(["NET-1.1", "MON-1.1"]);
  });

  it("finds the practices mapped to a control, in any standard and any case", () => {
    expect(filterPractices(practices, { control: "a.8.15" }).map((p) => p.id)).toEqual(["MON-1.1"]);
    expect(filterPractices(practices, { control: "PR.IR-01" }).map((p) => p.id)).toEqual(["NET-1.1"]);
  });

  it("treats an 800-53 base control as covering its enhancements, not the reverse", () => {
    expect(filterPractices(practices, { control: "AC-2" }).map((p) => p.id)).toEqual(["IDN-2.1"]);
    expect(filterPractices(practices, { control: "SC-7(5)" })).toEqual([]);
    expect(filterPractices(practices, { control: "A.8.1" })).toEqual([]);
  });

  it("searches ids, titles, questions and guidance", () => {
    expect(filterPractices(practices, { q: "review" }).map((p) => p.id)).toEqual(["IDN-2.1"]);
  });
});

describe("parsePracticeFilter", () => {
  it("keeps valid values and reports the ones it ignored", () => {
    const { filter, ignored } = parsePracticeFilter({ layer: "identity", level: "9", lens: "magic", control: "A.8.15", q: "" });
    expect(filter).toEqual({ layer: "identity", control: "A.8.15" });
    expect(ignored).toEqual(["level", "lens"]);
  });

  it("takes the first of repeated parameters", () => {
    expect(parsePracticeFilter({ level: ["2", "3"] }).filter).toEqual({ level: 2 });
  });
});
