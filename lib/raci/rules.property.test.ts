import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadContentModel } from "@/lib/content/load";
import { REPO_ROOT } from "@/tests/fixtures/content/build-tree";
import { defaultLayerRaci, defaultRaciMatrix, type RaciDefaultPractice } from "./default-raci";
import {
  RACI_ROLES,
  effectiveRaciForPractice,
  partyProgress,
  practicesForActors,
  validateRaciMatrix,
  validateRaciRow,
  type RaciMatrix,
  type RaciRole,
  type RaciRow,
} from "./rules";

const ACTORS = ["platform-provider", "infra-provider", "application-teams", "security-team", "program-owner", "si"];
const LAYERS = ["network", "identity", "apis"];

const rowArb: fc.Arbitrary<RaciRow> = fc.dictionary(fc.constantFrom(...ACTORS), fc.constantFrom(...RACI_ROLES), {
  maxKeys: ACTORS.length,
});

// A practice default as the content checker allows it: exactly one A, at least one R, in different cells.
const validRaciArb: fc.Arbitrary<RaciRow> = fc
  .tuple(
    fc.shuffledSubarray(ACTORS, { minLength: 2, maxLength: ACTORS.length }),
    fc.array(fc.constantFrom<RaciRole>("R", "C", "I"), { minLength: ACTORS.length, maxLength: ACTORS.length }),
  )
  .map(([[a, r, ...rest], roles]) => ({
    [a!]: "A" as const,
    [r!]: "R" as const,
    ...Object.fromEntries(rest.map((actor, i) => [actor, roles[i]!])),
  }));

const practicesArb = (raciArb: fc.Arbitrary<RaciRow>) =>
  fc
    .array(fc.tuple(fc.constantFrom(...LAYERS), raciArb), { maxLength: 30 })
    .map((list) => list.map(([layerId, raci], i): RaciDefaultPractice => ({ id: `P-${i + 1}`, layerId, raci })));

const matrixArb: fc.Arbitrary<RaciMatrix> = practicesArb(rowArb).chain((practices) =>
  fc
    .tuple(
      fc.dictionary(fc.constantFrom(...LAYERS), rowArb),
      fc.subarray(practices.map((p) => p.id)),
      fc.array(rowArb, { minLength: practices.length, maxLength: practices.length }),
    )
    .map(([layers, overridden, rows]) => ({
      ...layers,
      ...Object.fromEntries(overridden.map((id, i) => [id, rows[i]!])),
    })),
);

const isValidRow = (row: RaciRow) => {
  const roles = Object.values(row);
  return roles.filter((r) => r === "A").length === 1 && roles.includes("R");
};

describe("RACI properties", () => {
  it("derives a valid row for every layer from valid practice defaults", () => {
    fc.assert(
      fc.property(practicesArb(validRaciArb), (practices) => {
        const rows = defaultLayerRaci({ practices });
        expect(Object.keys(rows).sort()).toEqual([...new Set(practices.map((p) => p.layerId))].sort());
        for (const row of Object.values(rows)) expect(validateRaciRow(row)).toEqual([]);
      }),
    );
  });

  it("derives a matrix that is valid and gives every practice exactly its own default", () => {
    fc.assert(
      fc.property(practicesArb(validRaciArb), (practices) => {
        const matrix = defaultRaciMatrix({ practices });
        expect(validateRaciMatrix({ matrix, rowKeys: [...new Set(practices.map((p) => p.layerId))] })).toEqual([]);
        for (const p of practices) {
          expect(effectiveRaciForPractice({ matrix, practiceId: p.id, layerId: p.layerId })).toEqual(p.raci);
        }
      }),
    );
  });

  it("does not depend on the order of the practices", () => {
    const arb = practicesArb(validRaciArb).chain((practices) =>
      fc
        .shuffledSubarray(practices, { minLength: practices.length, maxLength: practices.length })
        .map((shuffled) => [practices, shuffled] as const),
    );
    fc.assert(
      fc.property(arb, ([practices, shuffled]) => {
        expect(defaultRaciMatrix({ practices: shuffled })).toEqual(defaultRaciMatrix({ practices }));
      }),
    );
  });

  it("validates any row as exactly one A and at least one R, without throwing", () => {
    fc.assert(
      fc.property(rowArb, (row) => {
        expect(validateRaciRow(row).length === 0).toBe(isValidRow(row));
      }),
    );
  });

  it("reports a matrix row exactly when it is invalid or missing", () => {
    fc.assert(
      fc.property(matrixArb, (matrix) => {
        const reported = new Set(validateRaciMatrix({ matrix, rowKeys: LAYERS }).map((r) => r.rowKey));
        for (const key of new Set([...LAYERS, ...Object.keys(matrix)])) {
          const row = matrix[key];
          expect(reported.has(key)).toBe(row === undefined || !isValidRow(row));
        }
      }),
    );
  });

  it("routes to an actor exactly the practices it is R for in their effective row, in order", () => {
    const arb = fc.tuple(matrixArb, practicesArb(rowArb), fc.subarray(ACTORS));
    fc.assert(
      fc.property(arb, ([matrix, practices, actorIds]) => {
        const routed = practicesForActors({ practices, matrix, actorIds });
        const expected = practices.filter((p) => {
          const row = effectiveRaciForPractice({ matrix, practiceId: p.id, layerId: p.layerId });
          return actorIds.some((actor) => row[actor] === "R");
        });
        expect(routed).toEqual(expected);
      }),
    );
  });

  it("counts party progress within the party's routed practices", () => {
    const arb = fc.tuple(
      matrixArb,
      practicesArb(rowArb),
      fc.array(fc.subarray(ACTORS), { maxLength: 4 }),
      fc.array(fc.option(fc.boolean(), { nil: undefined }), { maxLength: 30 }),
    );
    fc.assert(
      fc.property(arb, ([matrix, practices, actorSets, answerFlags]) => {
        const answers = new Map(
          practices.flatMap((p, i) => {
            const flag = answerFlags[i];
            return flag === undefined ? [] : [[p.id, { value: "FULLY", confirmed: flag }] as const];
          }),
        );
        const parties = actorSets.map((actors, i) => ({ id: `party-${i}`, actors }));
        const progress = partyProgress({ parties, practices, matrix, answers });
        progress.forEach((row, i) => {
          const mine = practicesForActors({ practices, matrix, actorIds: parties[i]!.actors });
          expect(row.partyId).toBe(`party-${i}`);
          expect(row.responsibleCount).toBe(mine.length);
          expect(row.answered).toBe(mine.filter((p) => answers.has(p.id)).length);
          expect(row.confirmed).toBeLessThanOrEqual(row.answered);
        });
      }),
    );
  });
});

describe("RACI defaults of the shipped content", () => {
  const result = loadContentModel({ root: REPO_ROOT });
  const practices = result.ok ? result.model.practices.map((p) => ({ ...p, layerId: p.layer })) : [];

  it("gives every layer a valid row and every practice its own default", () => {
    expect(result.ok).toBe(true);
    expect(practices.length).toBeGreaterThan(0);
    const layers = result.ok ? result.model.layers.map((l) => l.id) : [];
    const matrix = defaultRaciMatrix({ practices });
    expect(validateRaciMatrix({ matrix, rowKeys: layers })).toEqual([]);
    for (const p of practices) {
      expect(effectiveRaciForPractice({ matrix, practiceId: p.id, layerId: p.layerId })).toEqual(p.raci);
    }
  });
});
