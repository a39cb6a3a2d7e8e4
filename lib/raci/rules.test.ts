import { describe, expect, it } from "vitest";
import { defaultLayerRaci, defaultRaciMatrix, type RaciDefaultPractice } from "./default-raci";
import {
  accountableActorFor,
  actorsWithRole,
  effectiveRaciForPractice,
  partyProgress,
  practicesForActors,
  responsibleActorsFor,
  validateRaciMatrix,
  validateRaciRow,
  type RaciMatrix,
  type RaciRow,
} from "./rules";

const codes = (row: RaciRow | undefined) => validateRaciRow(row).map((v) => v.code);

describe("validateRaciRow", () => {
  it("accepts exactly one A and at least one R", () => {
    expect(validateRaciRow({ "program-owner": "A", "infra-provider": "R" })).toEqual([]);
    expect(
      validateRaciRow({ "program-owner": "A", "infra-provider": "R", "operations-teams": "R", x: "C", y: "I" }),
    ).toEqual([]);
  });

  it("reports a row with no A and no R, including an empty or missing row", () => {
    expect(codes({ "security-team": "C" })).toEqual(["NO_ACCOUNTABLE", "NO_RESPONSIBLE"]);
    expect(codes({})).toEqual(["NO_ACCOUNTABLE", "NO_RESPONSIBLE"]);
    expect(codes(undefined)).toEqual(["NO_ACCOUNTABLE", "NO_RESPONSIBLE"]);
  });

  it("names the actors when several are Accountable", () => {
    const [violation] = validateRaciRow({ "security-team": "A", "program-owner": "A", "infra-provider": "R" });
    expect(violation).toEqual({
      code: "MULTIPLE_ACCOUNTABLE",
      message: "2 actors are Accountable (program-owner, security-team); exactly one must be.",
      actorIds: ["program-owner", "security-team"],
    });
  });

  it("reports a row with an A but no R", () => {
    expect(codes({ "program-owner": "A", "security-team": "C" })).toEqual(["NO_RESPONSIBLE"]);
  });

  it("ignores empty cells", () => {
    expect(codes({ "program-owner": "A", "infra-provider": "R", "security-team": undefined })).toEqual([]);
    expect(actorsWithRole({ row: { b: "R", a: "R", c: undefined }, role: "R" })).toEqual(["a", "b"]);
  });
});

describe("validateRaciMatrix", () => {
  const valid: RaciRow = { "program-owner": "A", "infra-provider": "R" };

  it("returns nothing for a valid matrix", () => {
    expect(validateRaciMatrix({ matrix: { network: valid, data: valid }, rowKeys: ["network", "data"] })).toEqual([]);
  });

  it("reports required rows that are missing entirely", () => {
    expect(validateRaciMatrix({ matrix: { network: valid }, rowKeys: ["network", "data"] })).toEqual([
      { rowKey: "data", missing: true, violations: validateRaciRow(undefined) },
    ]);
  });

  it("also checks override rows, after the required rows, by key", () => {
    const matrix: RaciMatrix = {
      "NET-2.1": { "program-owner": "A" },
      network: { "infra-provider": "R" },
      "APP-1.1": { "program-owner": "A", "security-team": "A", "infra-provider": "R" },
      data: valid,
    };
    const result = validateRaciMatrix({ matrix, rowKeys: ["network", "data"] });
    expect(result.map((r) => [r.rowKey, r.missing, r.violations.map((v) => v.code)])).toEqual([
      ["network", false, ["NO_ACCOUNTABLE"]],
      ["APP-1.1", false, ["MULTIPLE_ACCOUNTABLE"]],
      ["NET-2.1", false, ["NO_RESPONSIBLE"]],
    ]);
  });

  it("reports an empty required row as present, and skips an undefined extra key", () => {
    const result = validateRaciMatrix({ matrix: { network: {}, "NET-1.1": undefined }, rowKeys: ["network"] });
    expect(result).toEqual([{ rowKey: "network", missing: false, violations: validateRaciRow({}) }]);
  });
});

describe("effective RACI and routing", () => {
  const matrix: RaciMatrix = {
    network: { "program-owner": "A", "infra-provider": "R", "security-team": "C" },
    "NET-1.2": { "security-team": "A", "operations-teams": "R", "infra-provider": "R" },
    "NET-1.3": {},
    identity: { "program-owner": "A", "solution-implementing-agency": "R", "platform-provider": "R" },
  };
  const practices = [
    { id: "NET-1.1", layerId: "network" },
    { id: "NET-1.2", layerId: "network" },
    { id: "NET-1.3", layerId: "network" },
    { id: "IDN-1.1", layerId: "identity" },
    { id: "MON-1.1", layerId: "monitoring" },
  ];

  it("uses the override row when the practice has one, else the layer row", () => {
    expect(effectiveRaciForPractice({ matrix, practiceId: "NET-1.2", layerId: "network" })).toBe(matrix["NET-1.2"]);
    expect(effectiveRaciForPractice({ matrix, practiceId: "NET-1.1", layerId: "network" })).toBe(matrix.network);
  });

  it("treats an override without cells as no override, and a missing layer row as empty", () => {
    expect(effectiveRaciForPractice({ matrix, practiceId: "NET-1.3", layerId: "network" })).toBe(matrix.network);
    expect(effectiveRaciForPractice({ matrix, practiceId: "MON-1.1", layerId: "monitoring" })).toEqual({});
  });

  it("names the Responsible and the single Accountable actor", () => {
    expect(responsibleActorsFor({ matrix, practiceId: "NET-1.2", layerId: "network" })).toEqual([
      "infra-provider",
      "operations-teams",
    ]);
    expect(accountableActorFor({ matrix, practiceId: "NET-1.2", layerId: "network" })).toBe("security-team");
    expect(accountableActorFor({ matrix, practiceId: "NET-1.1", layerId: "network" })).toBe("program-owner");
  });

  it("has no Accountable actor when the row has none or several", () => {
    expect(accountableActorFor({ matrix, practiceId: "MON-1.1", layerId: "monitoring" })).toBeNull();
    const two: RaciMatrix = { network: { a: "A", b: "A", c: "R" } };
    expect(accountableActorFor({ matrix: two, practiceId: "NET-1.1", layerId: "network" })).toBeNull();
  });

  it("routes the practices an actor is Responsible for, in content order", () => {
    const ids = (actorIds: string[]) => practicesForActors({ practices, matrix, actorIds }).map((p) => p.id);
    expect(ids(["infra-provider"])).toEqual(["NET-1.1", "NET-1.2", "NET-1.3"]);
    expect(ids(["operations-teams"])).toEqual(["NET-1.2"]);
    expect(ids(["platform-provider", "operations-teams"])).toEqual(["NET-1.2", "IDN-1.1"]);
    // Accountable, Consulted and Informed are not asked to answer.
    expect(ids(["program-owner", "security-team"])).toEqual([]);
    expect(ids([])).toEqual([]);
  });

  it("returns the caller's practice objects unchanged", () => {
    const rich = [{ id: "NET-1.1", layerId: "network", title: "Segment" }];
    expect(practicesForActors({ practices: rich, matrix, actorIds: ["infra-provider"] })[0]).toBe(rich[0]);
  });

  it("counts each party's responsible, answered and confirmed practices", () => {
    const answers = new Map([
      ["NET-1.1", { value: "FULLY", confirmed: true }],
      ["NET-1.2", { value: "NOT_APPLICABLE", confirmed: false }],
      ["IDN-1.1", { value: "PARTIALLY", confirmed: true }],
      ["MON-1.1", { value: "FULLY", confirmed: true }],
    ]);
    const parties = [
      { id: "acme-infra", actors: ["infra-provider"] },
      { id: "si", actors: ["solution-implementing-agency", "operations-teams"] },
      { id: "owner", actors: ["program-owner"] },
    ];
    expect(partyProgress({ parties, practices, matrix, answers })).toEqual([
      { partyId: "acme-infra", responsibleCount: 3, answered: 2, confirmed: 1 },
      { partyId: "si", responsibleCount: 2, answered: 2, confirmed: 1 },
      { partyId: "owner", responsibleCount: 0, answered: 0, confirmed: 0 },
    ]);
  });
});

describe("default RACI from content", () => {
  const p = (id: string, raci: RaciRow, layerId = "network"): RaciDefaultPractice => ({ id, layerId, raci });

  it("gives each actor its most frequent role, with no role as a choice", () => {
    const practices = [
      p("NET-1.1", { owner: "A", infra: "R", sec: "C", si: "R" }),
      p("NET-1.2", { owner: "A", infra: "R", sec: "C" }),
      p("NET-1.3", { owner: "A", infra: "C", sec: "I" }),
    ];
    // si is Responsible for one practice in three: not enough to route the whole layer to it.
    expect(defaultLayerRaci({ practices })).toEqual({ network: { owner: "A", infra: "R", sec: "C" } });
  });

  it("breaks ties R > A > C > I > none", () => {
    const practices = [
      p("NET-1.1", { owner: "A", infra: "R", sec: "C", ops: "I" }),
      p("NET-1.2", { owner: "A", infra: "C", sec: "I", si: "R" }),
    ];
    expect(defaultLayerRaci({ practices }).network).toEqual({ owner: "A", infra: "R", sec: "C", ops: "I", si: "R" });
  });

  it("keeps one A: the actor most often Accountable (ties: lowest id); the others take their next role, or I", () => {
    const practices = [
      p("NET-1.1", { sec: "A", owner: "I", infra: "R" }),
      p("NET-1.2", { sec: "A", infra: "R" }),
      p("NET-1.3", { owner: "A", infra: "R" }),
      p("NET-1.4", { owner: "A", infra: "R" }),
    ];
    // sec and owner are each A for half the practices (A beats no role on the tie); owner < sec.
    expect(defaultLayerRaci({ practices }).network).toEqual({ owner: "A", sec: "I", infra: "R" });
    const withC = practices.map((x) => (x.id === "NET-1.3" ? p("NET-1.3", { ...x.raci, sec: "C" }) : x));
    expect(defaultLayerRaci({ practices: withC }).network).toEqual({ owner: "A", sec: "C", infra: "R" });
  });

  it("adds the most frequent R (other than the A) when the plurality leaves none", () => {
    const practices = [
      p("NET-1.1", { owner: "A", a: "R", b: "C" }),
      p("NET-1.2", { owner: "A", b: "R", a: "C" }),
      p("NET-1.3", { owner: "A", c: "R", a: "C", b: "C" }),
    ];
    expect(defaultLayerRaci({ practices }).network).toEqual({ owner: "A", a: "R", b: "C" });
  });

  it("makes the most-often-A actor Accountable even when its plurality was R, then restores an R", () => {
    const practices = [
      p("NET-1.1", { a: "A", b: "R", w: "C" }),
      p("NET-1.2", { b: "A", a: "R", w: "C" }),
      p("NET-1.3", { w: "A", a: "R", b: "C" }),
      p("NET-1.4", { z: "A", a: "R", b: "C" }),
    ];
    // Plurality: a R, b C, w C, z none, so no A. Four actors tie at one A each: a wins and loses its
    // R; b, the only other actor ever Responsible, becomes the R.
    expect(defaultLayerRaci({ practices }).network).toEqual({ a: "A", b: "R", w: "C" });
  });

  it("builds one row per layer and nothing for layers without practices", () => {
    const rows = defaultLayerRaci({
      practices: [p("IDN-1.1", { o: "A", s: "R" }, "identity"), p("NET-1.1", { o: "A", i: "R" })],
    });
    expect(rows).toEqual({ identity: { o: "A", s: "R" }, network: { o: "A", i: "R" } });
    expect(defaultLayerRaci({ practices: [] })).toEqual({});
  });

  it("cannot invent an A when no practice has one, and validation says so", () => {
    const rows = defaultLayerRaci({ practices: [p("NET-1.1", { i: "R" })] });
    expect(codes(rows.network)).toEqual(["NO_ACCOUNTABLE"]);
  });

  it("adds overrides only for practices that differ from their layer row", () => {
    const practices = [
      p("NET-1.1", { owner: "A", infra: "R" }),
      p("NET-1.2", { owner: "A", infra: "R", sec: undefined }),
      p("NET-1.3", { sec: "A", ops: "R" }),
    ];
    expect(defaultRaciMatrix({ practices })).toEqual({
      network: { owner: "A", infra: "R" },
      "NET-1.3": { sec: "A", ops: "R" },
    });
  });
});
