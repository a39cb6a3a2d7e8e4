import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadContentModel } from "@/lib/content/load";
import { loadStandards } from "@/lib/content/standards";
import { ANSWER_VALUES, type AnswerValue } from "@/lib/scoring/answer-values";
import { REPO_ROOT } from "@/tests/fixtures/content/build-tree";
import { CONTROL_STATUSES, type ControlStatus } from "./annex-a-coverage";
import { buildReadinessReport } from "./build-readiness-report";
import { READINESS_STATUSES } from "./certification-recommendation";
import type { IsmsRecord } from "./isms-readiness";
import { ISMS_STATUSES, type TIsmsStatus } from "./schema";

const loaded = loadContentModel({ root: REPO_ROOT });
if (!loaded.ok) throw new Error("content/ does not load");
const model = loaded.model;
const standards = loadStandards({ root: REPO_ROOT });
const controls = [...standards.isoAnnexA].map(([id, title]) => ({ id, title }));

// Ranks for "never lowers": unanswered counts as Not implemented, as in scoring.
const ANSWER_RANK: Record<Exclude<AnswerValue, "NOT_APPLICABLE">, number> = {
  NOT_IMPLEMENTED: 0,
  PARTIALLY: 1,
  LARGELY: 2,
  FULLY: 3,
};
const UPGRADES = ["PARTIALLY", "LARGELY", "FULLY"] as const;
const STATUS_RANK: Record<ControlStatus, number> = { gap: 0, partly: 1, covered: 2, "not-addressed": -1 };
const ISMS_RANK: Record<TIsmsStatus | "NONE", number> = { NONE: 0, MISSING: 1, PARTLY: 2, IN_PLACE: 3 };
const READINESS_RANK = { "not-ready": 0, close: 1, ready: 2 } as const;

// Uniform answers almost never reach level 2 on all seven layers, so half the runs draw from a
// mostly-met mix: every readiness status (ready, close, not-ready) then comes up.
function arrayOf<T>(options: { length: number; any: fc.Arbitrary<T>; good: fc.Arbitrary<T> }) {
  const { length } = options;
  const draw = (value: fc.Arbitrary<T | undefined>) => fc.array(value, { minLength: length, maxLength: length });
  return fc.oneof(
    draw(fc.option(options.any, { nil: undefined })),
    draw(
      fc.oneof(
        { arbitrary: options.good, weight: 60 },
        { arbitrary: fc.option(options.any, { nil: undefined }), weight: 1 },
      ),
    ),
  );
}
const answersArb = arrayOf<AnswerValue>({
  length: model.practices.length,
  any: fc.constantFrom(...ANSWER_VALUES),
  good: fc.constantFrom("LARGELY", "FULLY", "NOT_APPLICABLE"),
});
const ismsArb = arrayOf<TIsmsStatus>({
  length: model.isms.length,
  any: fc.constantFrom(...ISMS_STATUSES),
  good: fc.constant("IN_PLACE"),
});

function toAnswers(values: ReadonlyArray<AnswerValue | undefined>): Map<string, AnswerValue> {
  const answers = new Map<string, AnswerValue>();
  values.forEach((value, i) => {
    if (value) answers.set(model.practices[i]!.id, value);
  });
  return answers;
}

function toRecords(values: ReadonlyArray<TIsmsStatus | undefined>): IsmsRecord[] {
  return values.flatMap((status, i) =>
    status ? [{ itemId: model.isms[i]!.id, status, evidence: null, updatedAt: null }] : [],
  );
}

function report(answers: Map<string, AnswerValue>, records: IsmsRecord[]) {
  return buildReadinessReport({
    content: model,
    annexA: controls,
    clauseTitles: standards.isoClauses,
    answers,
    ismsRecords: records,
  });
}

describe("readiness report properties (shipped content)", () => {
  it("lists every one of the 93 controls exactly once, in Annex A order, and the counts add up", () => {
    fc.assert(
      fc.property(answersArb, ismsArb, (values, isms) => {
        const { annexA } = report(toAnswers(values), toRecords(isms));
        expect(annexA.controls.map((c) => c.id)).toEqual(controls.map((c) => c.id));
        expect(new Set(annexA.controls.map((c) => c.id)).size).toBe(93);
        expect(annexA.totals.total).toBe(93);
        expect(CONTROL_STATUSES.reduce((sum, s) => sum + annexA.totals[s], 0)).toBe(93);
        for (const s of CONTROL_STATUSES) {
          expect(annexA.themes.reduce((sum, t) => sum + t.counts[s], 0)).toBe(annexA.totals[s]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("upgrading one answer never lowers a control's status nor the readiness status", () => {
    fc.assert(
      fc.property(
        answersArb,
        ismsArb,
        fc.nat({ max: model.practices.length - 1 }),
        fc.constantFrom(...UPGRADES),
        (values, isms, index, upgrade) => {
          const before = values[index];
          if (before === "NOT_APPLICABLE") return;
          if (before !== undefined && ANSWER_RANK[before] >= ANSWER_RANK[upgrade]) return;
          const after = [...values];
          after[index] = upgrade;
          const a = report(toAnswers(values), toRecords(isms));
          const b = report(toAnswers(after), toRecords(isms));
          a.annexA.controls.forEach((control, i) => {
            const next = b.annexA.controls[i]!;
            if (control.status === "not-addressed") expect(next.status).toBe("not-addressed");
            else expect(STATUS_RANK[next.status]).toBeGreaterThanOrEqual(STATUS_RANK[control.status]);
          });
          expect(READINESS_RANK[b.recommendation.readinessStatus]).toBeGreaterThanOrEqual(
            READINESS_RANK[a.recommendation.readinessStatus],
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it("upgrading one ISMS item never lowers the readiness status", () => {
    fc.assert(
      fc.property(
        answersArb,
        ismsArb,
        fc.nat({ max: model.isms.length - 1 }),
        fc.constantFrom(...ISMS_STATUSES),
        (values, isms, index, upgrade) => {
          if (ISMS_RANK[isms[index] ?? "NONE"] >= ISMS_RANK[upgrade]) return;
          const after = [...isms];
          after[index] = upgrade;
          const answers = toAnswers(values);
          const a = report(answers, toRecords(isms)).recommendation;
          const b = report(answers, toRecords(after)).recommendation;
          expect(READINESS_RANK[b.readinessStatus]).toBeGreaterThanOrEqual(READINESS_RANK[a.readinessStatus]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("recommends exactly when every layer is at level 2+ and the four prerequisites are in place", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(answersArb, ismsArb, (values, isms) => {
        const r = report(toAnswers(values), toRecords(isms));
        const inPlace = new Set(
          toRecords(isms)
            .filter((x) => x.status === "IN_PLACE")
            .map((x) => x.itemId),
        );
        const expected =
          r.layers.every((l) => l.level >= 2) &&
          ["ISMS-4.4", "ISMS-6.1.2", "ISMS-9.2", "ISMS-9.3"].every((id) => inPlace.has(id));
        expect(r.recommendation.recommended).toBe(expected);
        expect(READINESS_STATUSES).toContain(r.recommendation.readinessStatus);
        expect(r.recommendation.readinessStatus === "ready").toBe(expected);
        expect(r.missingIsmsItems.every((i) => i.state !== "IN_PLACE")).toBe(true);
        expect(r.missingIsmsItems).toHaveLength(model.isms.length - inPlace.size);
        seen.add(r.recommendation.readinessStatus);
      }),
      { numRuns: 100, seed: 20261124 },
    );
    expect([...seen].sort()).toEqual(["close", "not-ready", "ready"]);
  });

  it("does not depend on the order answers were given in", () => {
    fc.assert(
      fc.property(answersArb, (values) => {
        const answers = toAnswers(values);
        const reversed = new Map([...answers].reverse());
        expect(report(reversed, [])).toEqual(report(answers, []));
      }),
      { numRuns: 30 },
    );
  });
});
