import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ANSWER_VALUES, CREDIT_THIRDS, isMet, type AnswerValue } from "./answer-values";
import { scoreAssessment, scoreLayer, type ScoringLevel, type ScoringPractice } from "./score-assessment";

const LAYERS = ["network", "identity", "apis"];
const CODES: Record<string, string> = { network: "NET", identity: "IDN", apis: "API" };
// Applicable answers from least to most credit; undefined (no answer) earns the same as Not implemented.
const SCALE: Array<AnswerValue | undefined> = [undefined, "NOT_IMPLEMENTED", "PARTIALLY", "LARGELY", "FULLY"];
type Case = { practices: ScoringPractice[]; answers: Map<string, AnswerValue> };

const practicesArb = fc
  .uniqueArray(
    fc.record({
      layerId: fc.constantFrom(...LAYERS),
      level: fc.constantFrom<ScoringLevel>(1, 2, 3, 4),
      n: fc.integer({ min: 1, max: 5 }),
    }),
    { selector: (p) => `${p.layerId}-${p.level}.${p.n}`, maxLength: 36 },
  )
  .map((ps) => ps.map((p): ScoringPractice => ({ id: `${CODES[p.layerId]}-${p.level}.${p.n}`, ...p })));

const answerArb = fc.option(fc.constantFrom(...ANSWER_VALUES), { nil: undefined });
const answersFor = (practices: ScoringPractice[], values: Array<AnswerValue | undefined>) =>
  new Map(practices.flatMap((p, i) => (values[i] === undefined ? [] : [[p.id, values[i]] as const])));
const valuesArb = (length: number) => fc.array(answerArb, { minLength: length, maxLength: length });

const caseArb: fc.Arbitrary<Case> = practicesArb.chain((practices) =>
  valuesArb(practices.length).map((values) => ({ practices, answers: answersFor(practices, values) })),
);

const score = ({ practices, answers }: Case) => scoreAssessment({ layerIds: LAYERS, practices, answers });
const rank = (value: AnswerValue | undefined) => SCALE.indexOf(value);
const EPS = 1e-9;

// The level rule restated as a search, independent of the implementation's loop.
function oracleLevel({ practices, answers }: Case, layerId: string): number {
  const applicable = practices.filter((p) => p.layerId === layerId && answers.get(p.id) !== "NOT_APPLICABLE");
  const candidates = [4, 3, 2, 1, 0];
  return candidates.find((l) => applicable.filter((p) => p.level <= l).every((p) => isMet(answers.get(p.id)))) ?? 0;
}

describe("scoring properties", () => {
  it("keeps levels in 0..4 and scores in [2/3 level, level + 1), capped at 4", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        for (const layer of score(c).layers) {
          expect(Number.isInteger(layer.level)).toBe(true);
          expect(layer.level).toBeGreaterThanOrEqual(0);
          expect(layer.level).toBeLessThanOrEqual(4);
          expect(layer.score).toBeGreaterThanOrEqual((2 / 3) * layer.level - EPS);
          expect(layer.score).toBeLessThanOrEqual(4);
          if (layer.level < 4) expect(layer.score).toBeLessThan(layer.level + 1);
          expect(layer.completion).toBeGreaterThanOrEqual(0);
          expect(layer.completion).toBeLessThanOrEqual(1);
          expect(layer.answered).toBeLessThanOrEqual(layer.applicable);
        }
      }),
    );
  });

  it("agrees with the level rule stated as a search", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        for (const layer of score(c).layers) expect(layer.level).toBe(oracleLevel(c, layer.layerId));
      }),
    );
  });

  it("scores exactly 4 if and only if every applicable practice is Fully", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        for (const layer of score(c).layers) {
          const applicable = c.practices.filter(
            (p) => p.layerId === layer.layerId && c.answers.get(p.id) !== "NOT_APPLICABLE",
          );
          expect(layer.score === 4).toBe(applicable.every((p) => c.answers.get(p.id) === "FULLY"));
        }
      }),
    );
  });

  it("blocks with exactly the unmet applicable practices of the next level, sorted", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        for (const layer of score(c).layers) {
          const expected = c.practices
            .filter((p) => p.layerId === layer.layerId && p.level === layer.level + 1)
            .filter((p) => c.answers.get(p.id) !== "NOT_APPLICABLE" && !isMet(c.answers.get(p.id)))
            .map((p) => p.id);
          expect([...layer.blockers].sort()).toEqual(expected.sort());
          expect(layer.blockers.length === 0).toBe(layer.level === 4);
        }
      }),
    );
  });

  it("is monotonic: answers that are everywhere at least as good never lower a level, score or completion", () => {
    const pairArb = practicesArb.chain((practices) =>
      fc.tuple(valuesArb(practices.length), valuesArb(practices.length)).map(([a, b]) => {
        // N/A stays where it is in both; elsewhere `better` takes the higher of the two answers.
        const base = a.map((v, i) => (b[i] === "NOT_APPLICABLE" ? undefined : v));
        const better = base.map((v, i) => {
          const other = b[i] === "NOT_APPLICABLE" ? undefined : b[i];
          return v === "NOT_APPLICABLE" || rank(v) >= rank(other) ? v : other;
        });
        return [
          { practices, answers: answersFor(practices, base) },
          { practices, answers: answersFor(practices, better) },
        ] as const;
      }),
    );
    fc.assert(
      fc.property(pairArb, ([worse, better]) => {
        const before = score(worse);
        const after = score(better);
        after.layers.forEach((layer, i) => {
          const was = before.layers[i]!;
          expect(layer.level).toBeGreaterThanOrEqual(was.level);
          expect(layer.score).toBeGreaterThanOrEqual(was.score - EPS);
          expect(layer.completion).toBeGreaterThanOrEqual(was.completion);
        });
        expect(after.overall.level).toBeGreaterThanOrEqual(before.overall.level);
        expect(after.overall.meanLevel).toBeGreaterThanOrEqual(before.overall.meanLevel);
        expect(after.overall.meanScore).toBeGreaterThanOrEqual(before.overall.meanScore - EPS);
        expect(after.overall.completion).toBeGreaterThanOrEqual(before.overall.completion);
      }),
    );
  });

  it("raising one answer by one step never lowers anything", () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), (c, pick) => {
        fc.pre(c.practices.length > 0);
        const practice = c.practices[pick % c.practices.length]!;
        const current = c.answers.get(practice.id);
        fc.pre(current !== "NOT_APPLICABLE" && current !== "FULLY");
        const next = SCALE[rank(current) + 1]!;
        const before = score(c);
        const after = score({ ...c, answers: new Map(c.answers).set(practice.id, next) });
        after.layers.forEach((layer, i) => {
          expect(layer.level).toBeGreaterThanOrEqual(before.layers[i]!.level);
          expect(layer.score).toBeGreaterThanOrEqual(before.layers[i]!.score - EPS);
        });
      }),
    );
  });

  it("sets the level by met / not met alone: Largely vs Fully, or below, never changes it", () => {
    const swap: Partial<Record<AnswerValue, AnswerValue | undefined>> = {
      LARGELY: "FULLY",
      FULLY: "LARGELY",
      PARTIALLY: "NOT_IMPLEMENTED",
      NOT_IMPLEMENTED: undefined,
    };
    fc.assert(
      fc.property(caseArb, (c) => {
        const swapped = new Map<string, AnswerValue>();
        for (const p of c.practices) {
          const value = c.answers.get(p.id);
          const next = value === undefined ? "PARTIALLY" : value in swap ? swap[value] : value;
          if (next !== undefined) swapped.set(p.id, next);
        }
        const a = score(c).layers;
        const b = score({ ...c, answers: swapped }).layers;
        expect(b.map((l) => [l.level, l.blockers])).toEqual(a.map((l) => [l.level, l.blockers]));
      }),
    );
  });

  it("does not depend on the order of practices or of answers", () => {
    const shuffledArb = caseArb.chain((c) =>
      fc
        .tuple(
          fc.shuffledSubarray(c.practices, { minLength: c.practices.length, maxLength: c.practices.length }),
          fc.shuffledSubarray([...c.answers], { minLength: c.answers.size, maxLength: c.answers.size }),
        )
        .map(([practices, entries]) => [c, { practices, answers: new Map(entries) }] as const),
    );
    fc.assert(
      fc.property(shuffledArb, ([c, shuffled]) => {
        expect(score(shuffled)).toEqual(score(c));
      }),
    );
  });

  it("keeps the level when a met practice becomes N/A", () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), (c, pick) => {
        const met = c.practices.filter((p) => isMet(c.answers.get(p.id)));
        fc.pre(met.length > 0);
        const practice = met[pick % met.length]!;
        const after = score({ ...c, answers: new Map(c.answers).set(practice.id, "NOT_APPLICABLE") });
        expect(after.layers.map((l) => l.level)).toEqual(score(c).layers.map((l) => l.level));
      }),
    );
  });

  // Not for the score: N/A-ing a Partially practice whose level-mates earn less lowers that level's fraction.
  it("never lowers a level when an unmet practice becomes N/A", () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), (c, pick) => {
        const unmet = c.practices.filter(
          (p) => c.answers.get(p.id) !== "NOT_APPLICABLE" && !isMet(c.answers.get(p.id)),
        );
        fc.pre(unmet.length > 0);
        const practice = unmet[pick % unmet.length]!;
        const before = score(c);
        const after = score({ ...c, answers: new Map(c.answers).set(practice.id, "NOT_APPLICABLE") });
        after.layers.forEach((layer, i) => expect(layer.level).toBeGreaterThanOrEqual(before.layers[i]!.level));
      }),
    );
  });

  it("never lowers a level or score when a practice with no credit becomes N/A", () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), (c, pick) => {
        const none = c.practices.filter((p) => [undefined, "NOT_IMPLEMENTED"].includes(c.answers.get(p.id)));
        fc.pre(none.length > 0);
        const practice = none[pick % none.length]!;
        const before = score(c);
        const after = score({ ...c, answers: new Map(c.answers).set(practice.id, "NOT_APPLICABLE") });
        after.layers.forEach((layer, i) => {
          expect(layer.level).toBeGreaterThanOrEqual(before.layers[i]!.level);
          expect(layer.score).toBeGreaterThanOrEqual(before.layers[i]!.score - EPS);
        });
      }),
    );
  });

  it("scores each layer from its own practices only", () => {
    fc.assert(
      fc.property(caseArb, valuesArb(40), (c, noise) => {
        const [first, ...others] = LAYERS;
        const changed = new Map(c.answers);
        c.practices
          .filter((p) => p.layerId !== first)
          .forEach((p, i) => (noise[i] === undefined ? changed.delete(p.id) : changed.set(p.id, noise[i])));
        const layer = (answers: Map<string, AnswerValue>) =>
          scoreLayer({ layerId: first!, practices: c.practices, answers });
        expect(layer(changed)).toEqual(layer(c.answers));
        expect(others.length).toBeGreaterThan(0);
      }),
    );
  });

  it("summarises the layers: min level, mean level and score, completion over practices", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { layers, overall } = score(c);
        const sum = (f: (l: (typeof layers)[number]) => number) => layers.reduce((s, l) => s + f(l), 0);
        expect(overall.level).toBe(Math.min(...layers.map((l) => l.level)));
        expect(overall.meanLevel).toBeCloseTo(sum((l) => l.level) / layers.length, 12);
        expect(overall.meanScore).toBeCloseTo(sum((l) => l.score) / layers.length, 12);
        const applicable = sum((l) => l.applicable);
        expect(overall.completion).toBe(applicable === 0 ? 1 : sum((l) => l.answered) / applicable);
      }),
    );
  });

  it("computes each score from credit in thirds", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        for (const layer of score(c).layers) {
          let expected = 0;
          for (const level of [1, 2, 3, 4]) {
            if (level > layer.level + 1) break;
            const at = c.practices.filter(
              (p) => p.layerId === layer.layerId && p.level === level && c.answers.get(p.id) !== "NOT_APPLICABLE",
            );
            const thirds = at.reduce((s, p) => {
              const v = c.answers.get(p.id);
              return s + (v === undefined || v === "NOT_APPLICABLE" ? 0 : CREDIT_THIRDS[v]);
            }, 0);
            expected += at.length === 0 ? 1 : thirds / (3 * at.length);
          }
          expect(layer.score).toBeCloseTo(expected, 12);
        }
      }),
    );
  });
});
