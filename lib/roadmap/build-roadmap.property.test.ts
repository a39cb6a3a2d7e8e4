import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ANSWER_VALUES, isMet, type AnswerValue } from "@/lib/scoring/answer-values";
import type { ScoringLevel } from "@/lib/scoring/score-assessment";
import { buildRoadmap, type RoadmapPractice } from "./build-roadmap";
import { mergeRoadmap, ROADMAP_STATUSES } from "./merge-roadmap";
import { DEFAULT_EFFORT_POINTS, DEFAULT_PHASE_RULE, type PhaseRule } from "./phase-rule";

const LAYERS = ["network", "identity", "apis"];

const practicesArb = fc
  .uniqueArray(
    fc.record({
      layerId: fc.constantFrom(...LAYERS),
      level: fc.constantFrom<ScoringLevel>(1, 2, 3, 4),
      n: fc.integer({ min: 1, max: 12 }),
      risk: fc.integer({ min: 1, max: 5 }),
      effort: fc.constantFrom("S" as const, "M" as const, "L" as const),
    }),
    { selector: (p) => `${p.layerId}-${p.level}.${p.n}`, maxLength: 40 },
  )
  .map((ps) =>
    ps.map((p): RoadmapPractice => ({
      ...p,
      id: `${p.layerId.slice(0, 3).toUpperCase()}-${p.level}.${p.n}`,
      title: "t",
    })),
  );

const ruleArb: fc.Arbitrary<PhaseRule> = fc.record({
  phases: fc.constantFrom(DEFAULT_PHASE_RULE.phases, ["now", "next"], ["all"], ["a", "b", "c", "d"]),
  baseline: fc.constantFrom("program" as const, "layer" as const),
  escalations: fc.array(
    fc.record({ minRisk: fc.integer({ min: 1, max: 5 }), latestPhase: fc.integer({ min: 1, max: 4 }) }),
    {
      maxLength: 2,
    },
  ),
  capacity: fc.option(
    fc.record({
      effortPoints: fc.constant(DEFAULT_EFFORT_POINTS),
      perPhase: fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 4 }),
    }),
    { nil: undefined },
  ),
});

type Input = {
  practices: RoadmapPractice[];
  answers: Map<string, AnswerValue>;
  targets: Map<string, number>;
  layerOrder: string[];
  phaseRule: PhaseRule;
};

const inputArb: fc.Arbitrary<Input> = practicesArb.chain((practices) =>
  fc
    .record({
      values: fc.array(fc.option(fc.constantFrom(...ANSWER_VALUES), { nil: undefined }), {
        minLength: practices.length,
        maxLength: practices.length,
      }),
      targets: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: LAYERS.length, maxLength: LAYERS.length }),
      layerOrder: fc.shuffledSubarray(LAYERS, { minLength: LAYERS.length, maxLength: LAYERS.length }),
      phaseRule: ruleArb,
    })
    .map(({ values, targets, layerOrder, phaseRule }) => ({
      practices,
      answers: new Map(practices.flatMap((p, i) => (values[i] === undefined ? [] : [[p.id, values[i]] as const]))),
      targets: new Map(LAYERS.map((id, i) => [id, targets[i]!])),
      layerOrder,
      phaseRule,
    })),
);

const isGap = (input: Input, p: RoadmapPractice) => {
  const answer = input.answers.get(p.id);
  return p.level <= (input.targets.get(p.layerId) ?? 0) && answer !== "NOT_APPLICABLE" && !isMet(answer);
};

describe("roadmap properties", () => {
  it("lists every unmet applicable practice up to its target exactly once, and nothing else", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const ids = buildRoadmap(input).items.map((i) => i.practiceId);
        expect(new Set(ids).size).toBe(ids.length);
        expect([...ids].sort()).toEqual(
          input.practices
            .filter((p) => isGap(input, p))
            .map((p) => p.id)
            .sort(),
        );
      }),
    );
  });

  it("never lists a met or N/A practice, or one above its layer's target", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const item of buildRoadmap(input).items) {
          expect(isMet(input.answers.get(item.practiceId))).toBe(false);
          expect(input.answers.get(item.practiceId)).not.toBe("NOT_APPLICABLE");
          expect(item.level).toBeLessThanOrEqual(input.targets.get(item.layerId) ?? 0);
        }
      }),
    );
  });

  it("gives the same roadmap for shuffled practices and answers", () => {
    const arb = inputArb.chain((input) =>
      fc
        .tuple(
          fc.shuffledSubarray(input.practices, {
            minLength: input.practices.length,
            maxLength: input.practices.length,
          }),
          fc.shuffledSubarray([...input.answers], { minLength: input.answers.size, maxLength: input.answers.size }),
        )
        .map(([practices, entries]) => [input, { ...input, practices, answers: new Map(entries) }] as const),
    );
    fc.assert(
      fc.property(arb, ([input, shuffled]) => {
        expect(buildRoadmap(shuffled)).toEqual(buildRoadmap(input));
      }),
    );
  });

  it("orders foundation first, then by risk, effort, layer order and id, with positions 1..n", () => {
    const effort = { S: 0, M: 1, L: 2 };
    fc.assert(
      fc.property(inputArb, (input) => {
        const items = buildRoadmap(input).items;
        items.forEach((item, i) => expect(item.position).toBe(i + 1));
        for (let i = 1; i < items.length; i++) {
          const [a, b] = [items[i - 1]!, items[i]!];
          const key = (x: typeof a) => [x.level, -x.risk, effort[x.effort], input.layerOrder.indexOf(x.layerId)];
          const [ka, kb] = [key(a), key(b)];
          const firstDiff = ka.findIndex((v, k) => v !== kb[k]);
          if (firstDiff >= 0) expect(ka[firstDiff]!).toBeLessThan(kb[firstDiff]!);
        }
      }),
    );
  });

  it("puts every item in a configured phase: its distance above the baseline, or earlier if escalated", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { items, layers } = buildRoadmap(input);
        const rule = input.phaseRule;
        for (const item of items) {
          expect(item.phase).toBeGreaterThanOrEqual(1);
          expect(item.phase).toBeLessThanOrEqual(rule.phases.length);
          expect(item.phaseLabel).toBe(rule.phases[item.phase - 1]);
          if (rule.capacity) continue;
          const layerLevel = layers.find((l) => l.layerId === item.layerId)!.level;
          const base =
            rule.baseline === "layer" ? layerLevel : Math.min(...layers.filter((l) => l.gaps > 0).map((l) => l.level));
          expect(item.level - base).toBeGreaterThanOrEqual(1);
          const escalated = rule.escalations
            .filter((e) => item.risk >= e.minRisk)
            .map((e) => Math.max(1, e.latestPhase));
          expect(item.phase).toBe(Math.min(item.level - base, rule.phases.length, ...escalated));
        }
      }),
    );
  });

  it("never lets a lower-priority item overtake into an earlier phase under a capacity budget", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        fc.pre(input.phaseRule.capacity !== undefined);
        const withoutCapacity = buildRoadmap({
          ...input,
          phaseRule: { ...input.phaseRule, capacity: undefined },
        }).items;
        const items = buildRoadmap(input).items;
        items.forEach((item, i) => expect(item.phase).toBeGreaterThanOrEqual(withoutCapacity[i]!.phase));
        // Within one rule phase, roadmap order is kept: phases never decrease along it.
        const byRulePhase = new Map<number, number[]>();
        items.forEach((item, i) =>
          byRulePhase.set(withoutCapacity[i]!.phase, [
            ...(byRulePhase.get(withoutCapacity[i]!.phase) ?? []),
            item.phase,
          ]),
        );
        for (const phases of byRulePhase.values()) expect(phases).toEqual([...phases].sort((a, b) => a - b));
      }),
    );
  });

  it("merges a regenerated roadmap so every gap has exactly one live item and closed gaps none open", () => {
    const arb = inputArb.chain((input) =>
      fc
        .array(fc.record({ pick: fc.nat(), status: fc.constantFrom(...ROADMAP_STATUSES), obsolete: fc.boolean() }), {
          maxLength: 20,
        })
        .map((rows) => ({
          input,
          existing: input.practices.length
            ? [...new Map(rows.map((r) => [input.practices[r.pick % input.practices.length]!.id, r])).entries()].map(
                ([practiceId, r]) => ({ practiceId, status: r.status, obsolete: r.obsolete }),
              )
            : [],
        })),
    );
    fc.assert(
      fc.property(arb, ({ input, existing }) => {
        const generated = buildRoadmap(input).items;
        const merged = mergeRoadmap({ existing, generated });
        const live = [...merged.keep.map((k) => k.existing.practiceId), ...merged.create.map((g) => g.practiceId)];
        expect(live.sort()).toEqual(generated.map((g) => g.practiceId).sort());
        const gaps = new Set(generated.map((g) => g.practiceId));
        for (const e of [...merged.completed, ...merged.obsolete]) expect(gaps.has(e.practiceId)).toBe(false);
        expect(merged.keep.length + merged.completed.length + merged.obsolete.length).toBe(existing.length);
      }),
    );
  });
});
