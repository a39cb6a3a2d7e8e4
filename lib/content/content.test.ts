import { describe, expect, it } from "vitest";
import { loadContentModel } from "@/lib/content/load";
import { formatProblem } from "@/lib/content/problem";
import { ACTOR_IDS, LAYER_IDS, LEVELS, type TContentModel } from "@/lib/content/schema";
import { loadStandards } from "@/lib/content/standards";
import { REPO_ROOT } from "@/tests/fixtures/content/build-tree";

// The real content/ tree. The loader already enforces these rules; asserting them here again keeps the
// guarantees visible and fails with a readable list if the loader ever loosens. If loading fails, the
// first test lists the problems and the others run on an empty model (and fail) instead of crashing.

const result = loadContentModel({ root: REPO_ROOT });
const model: TContentModel = result.ok ? result.model : emptyModel();

function emptyModel(): TContentModel {
  return {
    version: "",
    released: "",
    sources: {},
    levels: [],
    layers: [],
    actors: [],
    isms: [],
    teamRoles: [],
    practices: [],
  };
}

// Guards the "every practice ..." tests against passing vacuously on an empty model.
function practices(): TContentModel["practices"] {
  expect(model.practices.length, "no practices loaded").toBeGreaterThan(0);
  return model.practices;
}

describe("content/", () => {
  it("loads without problems", () => {
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it("has 4 levels, 7 layers and 8 actors", () => {
    expect(model.levels.map((level) => level.level)).toEqual([...LEVELS]);
    expect(model.layers.map((layer) => layer.id)).toEqual([...LAYER_IDS]);
    expect(model.actors.map((actor) => actor.id).sort()).toEqual([...ACTOR_IDS].sort());
  });

  it("has at least 3 practices in each of the 28 layer x level cells, 84 in all", () => {
    const thin = LAYER_IDS.flatMap((layer) =>
      LEVELS.map((level) => ({
        cell: `${layer} L${level}`,
        count: model.practices.filter((p) => p.layer === layer && p.level === level).length,
      })),
    ).filter((cell) => cell.count < 3);
    expect(thin).toEqual([]);
    expect(model.practices.length).toBeGreaterThanOrEqual(84);
  });

  it("has unique practice ids", () => {
    const ids = practices().map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("maps only to ids that exist in the standards data", () => {
    const standards = loadStandards({ root: REPO_ROOT });
    const unknown = practices().flatMap((p) => [
      ...p.mappings.iso27001.filter((id) => !standards.isoAnnexA.has(id)).map((id) => `${p.id} ISO ${id}`),
      ...p.mappings.csf.filter((id) => !standards.csfSubcategories.has(id)).map((id) => `${p.id} CSF ${id}`),
      ...p.mappings.sp80053.filter((id) => !standards.sp80053.has(id)).map((id) => `${p.id} 800-53 ${id}`),
    ]);
    expect(unknown).toEqual([]);
  });

  it("gives every practice a RACI with exactly one A and at least one R", () => {
    const bad = practices().filter((p) => {
      const roles = Object.values(p.raci);
      return roles.filter((role) => role === "A").length !== 1 || !roles.includes("R");
    });
    expect(bad.map((p) => p.id)).toEqual([]);
  });

  it("cites every seed", () => {
    const cited = new Set(practices().flatMap((p) => p.sources));
    expect(Object.keys(model.sources).filter((seed) => !cited.has(seed))).toEqual([]);
  });

  it("has ISMS items for clauses 4 through 10", () => {
    const tops = new Set(model.isms.map((item) => item.clause.split(".")[0]));
    expect([...tops].sort((a, b) => Number(a) - Number(b))).toEqual(["4", "5", "6", "7", "8", "9", "10"]);
  });

  it("has team roles for all 4 levels", () => {
    expect([...new Set(model.teamRoles.map((role) => role.level))].sort((a, b) => a - b)).toEqual([...LEVELS]);
  });
});
