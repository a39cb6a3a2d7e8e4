import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ANSWER_VALUES, CREDIT, scoreAssessment, type ScoringAnswer, type ScoringPractice } from "./score-assessment";

const LAYERS = ["network", "identity", "apis"];
const practiceArb = fc
  .uniqueArray(
    fc.record({ layerId: fc.constantFrom(...LAYERS), level: fc.integer({ min: 1, max: 4 }), n: fc.integer({ min: 1, max: 6 }) }),
    { selector: (p) => `${p.layerId}-${p.level}.${p.n}`, maxLength: 40 },
  )
  .map((ps) => ps.map((p): ScoringPractice => ({ id: `${p.layerId}-${p.level}.${p.n}`, layerId: p.layerId, level: p.level })));

const caseArb = practiceArb.chain((practices) =>
  fc
    .array(fc.option(fc.constantFrom(...ANSWER_VALUES), { nil: undefined }), { minLength: practices.length, maxLength: practices.length })
    .map((values) => ({
      practices,
      answers: new Map(practices.flatMap((p, i) => (values[i] ? [[p.id, values[i]] as [string, ScoringAnswer]] : []))),
    })),
);

const rank = (v: ScoringAnswer | undefined) => (v === undefined ? 0 : v === "NOT_APPLICABLE" ? -1 : CREDIT[v]);
const ORDERED: ScoringAnswer[] = ["NOT_IMPLEMENTED", "PARTIALLY", "LARGELY", "FULLY"];

describe("scoring properties", () => {
  // Largely meets a level with 2/3 credit, so a score may sit below its level; it never runs ahead of it.
  it("keeps levels in 0..4 and scores in 0..4, below level + 1 unless at level 4", () => {
    fc.assert(
      fc.property(caseArb, ({ practices, answers }) => {
        for (const layer of scoreAssessment({ layerIds: LAYERS, practices, answers }).layers) {
          expect(layer.level).toBeGreaterThanOrEqual(0);
          expect(layer.level).toBeLessThanOrEqual(4);
          expect(layer.score).toBeGreaterThanOrEqual(0);
          expect(layer.score).toBeLessThanOrEqual(4 + 1e-9);
          if (layer.level < 4) expect(layer.score).toBeLessThan(layer.level + 1);
          expect(layer.completion).toBeGreaterThanOrEqual(0);
          expect(layer.completion).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it("is monotonic: a better answer never lowers a level or a score", () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.integer({ min: 1, max: 3 }), ({ practices, answers }, pick, step) => {
        fc.pre(practices.length > 0);
        const practice = practices[pick % practices.length]!;
        const current = answers.get(practice.id);
        fc.pre(current !== "NOT_APPLICABLE");
        const from = current === undefined ? -1 : ORDERED.indexOf(current);
        const to = Math.min(3, from + step);
        fc.pre(to > from && rank(ORDERED[to]) >= rank(current));
        const better = new Map(answers).set(practice.id, ORDERED[to]!);
        const before = scoreAssessment({ layerIds: LAYERS, practices, answers });
        const after = scoreAssessment({ layerIds: LAYERS, practices, answers: better });
        after.layers.forEach((layer, i) => {
          expect(layer.level).toBeGreaterThanOrEqual(before.layers[i]!.level);
          expect(layer.score).toBeGreaterThanOrEqual(before.layers[i]!.score - 1e-9);
        });
        expect(after.overall.level).toBeGreaterThanOrEqual(before.overall.level);
      }),
    );
  });

  it("does not depend on the order of practices or answers", () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), ({ practices, answers }, seed) => {
        const shuffled = [...practices].sort((a, b) => ((a.id.length * 31 + seed) % 7) - ((b.id.length * 17 + seed) % 5));
        const reversedAnswers = new Map([...answers].reverse());
        expect(scoreAssessment({ layerIds: LAYERS, practices: shuffled, answers: reversedAnswers })).toEqual(
          scoreAssessment({ layerIds: LAYERS, practices, answers }),
        );
      }),
    );
  });

  it("makes the overall level the minimum layer level", () => {
    fc.assert(
      fc.property(caseArb, ({ practices, answers }) => {
        const result = scoreAssessment({ layerIds: LAYERS, practices, answers });
        expect(result.overall.level).toBe(Math.min(...result.layers.map((l) => l.level)));
      }),
    );
  });
});
