import { describe, expect, it } from "vitest";
import { ANSWER_VALUES, creditOf, isApplicable, isMet, type AnswerValue } from "./answer-values";
import {
  comparePracticeIds,
  scoreAssessment,
  scoreLayer,
  type ScoringLevel,
  type ScoringPractice,
} from "./score-assessment";

// Two practices per level in one layer: NET-1.1 NET-1.2 NET-2.1 NET-2.2 … NET-4.2.
const LEVELS: ScoringLevel[] = [1, 2, 3, 4];
const practices: ScoringPractice[] = LEVELS.flatMap((level) =>
  [1, 2].map((n) => ({ id: `NET-${level}.${n}`, layerId: "network", level })),
);
const answers = (entries: Record<string, AnswerValue>) => new Map(Object.entries(entries));
const all = (value: AnswerValue, levels: number[] = [1, 2, 3, 4]) =>
  Object.fromEntries(practices.filter((p) => levels.includes(p.level)).map((p) => [p.id, value]));
const layer = (entries: Record<string, AnswerValue>) =>
  scoreLayer({ layerId: "network", practices, answers: answers(entries) });

describe("answer values", () => {
  it("lists the five answers in scale order", () => {
    expect(ANSWER_VALUES).toEqual(["NOT_IMPLEMENTED", "PARTIALLY", "LARGELY", "FULLY", "NOT_APPLICABLE"]);
  });

  it("gives the credits 0, 1/3, 2/3, 1 and nothing for N/A or no answer", () => {
    expect(ANSWER_VALUES.map(creditOf)).toEqual([0, 1 / 3, 2 / 3, 1, 0]);
    expect(creditOf(undefined)).toBe(0);
  });

  it("counts only Largely and Fully as met, and only N/A as not applicable", () => {
    expect(ANSWER_VALUES.filter(isMet)).toEqual(["LARGELY", "FULLY"]);
    expect(isMet(undefined)).toBe(false);
    expect(ANSWER_VALUES.filter((v) => !isApplicable(v))).toEqual(["NOT_APPLICABLE"]);
    expect(isApplicable(undefined)).toBe(true);
  });
});

describe("layer level", () => {
  it("is 0 with nothing answered, and the level-1 practices block", () => {
    const result = layer({});
    expect(result).toEqual({
      layerId: "network",
      level: 0,
      score: 0,
      completion: 0,
      answered: 0,
      applicable: 8,
      allNotApplicable: false,
      blockers: ["NET-1.1", "NET-1.2"],
    });
  });

  it("counts Largely and Fully as met, Partially and Not implemented as not", () => {
    expect(layer({ ...all("LARGELY", [1]), ...all("FULLY", [2]) }).level).toBe(2);
    expect(layer({ ...all("FULLY", [1]), "NET-2.1": "FULLY", "NET-2.2": "PARTIALLY" }).level).toBe(1);
    expect(layer(all("PARTIALLY")).level).toBe(0);
    expect(layer(all("NOT_IMPLEMENTED")).level).toBe(0);
  });

  it("treats an unanswered applicable practice as not met", () => {
    const entries = all("FULLY");
    delete entries["NET-3.2"];
    const result = layer(entries);
    expect(result).toMatchObject({ level: 2, blockers: ["NET-3.2"], answered: 7, applicable: 8 });
    expect(result.score).toBeCloseTo(2.5, 12);
  });

  it("is cumulative: level 4 met but level 2 not leaves the layer at 1", () => {
    const result = layer({ ...all("FULLY"), "NET-2.2": "NOT_IMPLEMENTED" });
    expect(result.level).toBe(1);
    expect(result.blockers).toEqual(["NET-2.2"]);
    // Levels 3 and 4 are Fully but add nothing: 1 (level 1) + 1/2 (level 2).
    expect(result.score).toBe(1.5);
  });

  it("is 0 when only level 1 is unmet, however much is done above it", () => {
    const result = layer({ ...all("FULLY"), "NET-1.1": "PARTIALLY" });
    expect(result).toMatchObject({ level: 0, blockers: ["NET-1.1"] });
    expect(result.score).toBeCloseTo(2 / 3, 12);
  });

  it("reaches 4 with score 4 when everything is Fully", () => {
    expect(layer(all("FULLY"))).toMatchObject({ level: 4, score: 4, completion: 1, answered: 8, blockers: [] });
  });
});

describe("layer score", () => {
  it("adds each level's credit fraction while lower levels are met", () => {
    // Level 1 met (1); level 2 half Fully, half Partially: (1 + 1/3) / 2; nothing above.
    const result = layer({ ...all("FULLY", [1]), "NET-2.1": "FULLY", "NET-2.2": "PARTIALLY", ...all("FULLY", [3, 4]) });
    expect(result.level).toBe(1);
    expect(result.score).toBeCloseTo(1 + (1 + 1 / 3) / 2, 12);
  });

  it("does the partial-credit arithmetic in thirds", () => {
    expect(layer({ "NET-1.1": "PARTIALLY", "NET-1.2": "NOT_IMPLEMENTED" }).score).toBeCloseTo(1 / 6, 12);
    expect(layer({ "NET-1.1": "PARTIALLY", "NET-1.2": "LARGELY" }).score).toBeCloseTo(1 / 2, 12);
    expect(layer({ "NET-1.1": "PARTIALLY", "NET-1.2": "PARTIALLY" }).score).toBeCloseTo(1 / 3, 12);
    // Level 1 met with Largely (2/3), level 2 one Largely and one unanswered (1/3).
    expect(layer({ ...all("LARGELY", [1]), "NET-2.1": "LARGELY" }).score).toBeCloseTo(1, 12);
  });

  it("can sit below the level: all Largely is level 4 with score 8/3", () => {
    const result = layer(all("LARGELY"));
    expect(result.level).toBe(4);
    expect(result.score).toBeCloseTo(8 / 3, 12);
  });

  it("is exactly 4 only when every applicable practice is Fully", () => {
    expect(layer({ ...all("FULLY"), "NET-4.2": "LARGELY" }).score).toBeLessThan(4);
    expect(layer({ ...all("FULLY"), "NET-4.2": "NOT_APPLICABLE" }).score).toBe(4);
  });

  it("never shows credit above the first unmet level", () => {
    expect(layer({ "NET-1.1": "PARTIALLY", "NET-1.2": "FULLY", ...all("FULLY", [2, 3, 4]) }).score).toBeCloseTo(
      2 / 3,
      12,
    );
    expect(layer({ ...all("NOT_IMPLEMENTED", [1]), ...all("FULLY", [2, 3, 4]) }).score).toBe(0);
  });

  it("stays below level + 1 at every level", () => {
    for (const level of [0, 1, 2, 3]) {
      const upTo = [1, 2, 3, 4].filter((l) => l <= level);
      const next = `NET-${level + 1}.1`;
      const result = layer({ ...all("FULLY", upTo), ...all("FULLY", [level + 1]), [next]: "PARTIALLY" });
      expect(result.level).toBe(level);
      expect(result.score).toBeGreaterThanOrEqual(level);
      expect(result.score).toBeLessThan(level + 1);
    }
  });
});

describe("completion", () => {
  it("is answered applicable over applicable", () => {
    expect(layer({ "NET-1.1": "NOT_IMPLEMENTED", "NET-3.2": "PARTIALLY" })).toMatchObject({
      completion: 2 / 8,
      answered: 2,
      applicable: 8,
    });
  });

  it("counts a Not implemented answer as answered", () => {
    expect(layer(all("NOT_IMPLEMENTED")).completion).toBe(1);
  });

  it("leaves N/A out of numerator and denominator", () => {
    expect(layer({ "NET-1.1": "NOT_APPLICABLE", "NET-1.2": "FULLY" })).toMatchObject({ answered: 1, applicable: 7 });
    expect(layer({ "NET-1.1": "NOT_APPLICABLE", "NET-1.2": "FULLY" }).completion).toBeCloseTo(1 / 7, 12);
  });
});

describe("not applicable", () => {
  it("excludes N/A practices from levels and scores", () => {
    const result = layer({ ...all("FULLY", [1]), "NET-2.1": "FULLY", "NET-2.2": "NOT_APPLICABLE" });
    expect(result).toMatchObject({ level: 2, score: 2, applicable: 7, blockers: ["NET-3.1", "NET-3.2"] });
  });

  it("treats a level whose practices are all N/A as met and worth a full 1", () => {
    const result = layer({ ...all("FULLY", [1]), ...all("NOT_APPLICABLE", [2]), ...all("PARTIALLY", [3]) });
    expect(result.level).toBe(2);
    expect(result.score).toBeCloseTo(2 + 1 / 3, 12);
  });

  it("puts an all-N/A layer at level 4, score 4, completion 1, and flags it", () => {
    expect(layer(all("NOT_APPLICABLE"))).toEqual({
      layerId: "network",
      level: 4,
      score: 4,
      completion: 1,
      answered: 0,
      applicable: 0,
      allNotApplicable: true,
      blockers: [],
    });
  });

  it("scores a layer with no practices as met, without the N/A flag", () => {
    const empty = scoreLayer({ layerId: "apis", practices, answers: new Map() });
    expect(empty).toMatchObject({ level: 4, score: 4, completion: 1, applicable: 0, allNotApplicable: false });
  });

  it("keeps the level when a met practice becomes N/A, though the score may move either way", () => {
    const base = { ...all("FULLY", [1]), "NET-2.1": "FULLY", "NET-2.2": "NOT_IMPLEMENTED" } as const;
    const down = layer({ ...base, "NET-2.1": "NOT_APPLICABLE" });
    expect(layer(base)).toMatchObject({ level: 1, score: 1.5 });
    expect(down).toMatchObject({ level: 1, score: 1 });
    const mixed = { ...all("FULLY", [1]), "NET-2.1": "LARGELY", "NET-2.2": "FULLY" } as const;
    expect(layer(mixed).score).toBeCloseTo(1 + 5 / 6, 12);
    expect(layer({ ...mixed, "NET-2.1": "NOT_APPLICABLE" })).toMatchObject({ level: 2, score: 2 });
  });

  it("can lower the score when a Partially practice becomes N/A, but never the level", () => {
    const base = { "NET-1.1": "PARTIALLY", "NET-1.2": "NOT_IMPLEMENTED" } as const;
    expect(layer(base)).toMatchObject({ level: 0 });
    expect(layer(base).score).toBeCloseTo(1 / 6, 12);
    expect(layer({ ...base, "NET-1.1": "NOT_APPLICABLE" })).toMatchObject({ level: 0, score: 0 });
  });
});

describe("blockers", () => {
  it("lists the unmet practices of the next level, by level then id (numeric)", () => {
    const many: ScoringPractice[] = [
      { id: "NET-2.10", layerId: "network", level: 2 },
      { id: "NET-2.9", layerId: "network", level: 2 },
      { id: "NET-1.1", layerId: "network", level: 1 },
    ];
    const result = scoreLayer({ layerId: "network", practices: many, answers: answers({ "NET-1.1": "FULLY" }) });
    expect(result.blockers).toEqual(["NET-2.9", "NET-2.10"]);
  });

  it("leaves out met, N/A and higher-level practices", () => {
    const result = layer({ "NET-1.1": "LARGELY", "NET-1.2": "NOT_APPLICABLE" });
    expect(result).toMatchObject({ level: 1, blockers: ["NET-2.1", "NET-2.2"] });
  });

  it("compares ids numerically and totally", () => {
    expect(["NET-1.10", "NET-1.2", "APP-1.1"].sort(comparePracticeIds)).toEqual(["APP-1.1", "NET-1.2", "NET-1.10"]);
    expect(comparePracticeIds("NET-1.1", "NET-1.1")).toBe(0);
    expect(comparePracticeIds("NET-1.01", "NET-1.1")).not.toBe(0);
  });
});

describe("assessment", () => {
  const two: ScoringPractice[] = [...practices, { id: "IDN-1.1", layerId: "identity", level: 1 }];

  it("makes the overall level the lowest layer level, with the means beside it", () => {
    const result = scoreAssessment({
      layerIds: ["network", "identity"],
      practices: two,
      answers: answers(all("FULLY")),
    });
    expect(result.layers.map((l) => l.level)).toEqual([4, 0]);
    expect(result.overall).toEqual({ level: 0, meanLevel: 2, meanScore: 2, completion: 8 / 9 });
  });

  it("returns the layers in the order asked, including layers without practices", () => {
    const result = scoreAssessment({ layerIds: ["apis", "identity", "network"], practices: two, answers: new Map() });
    expect(result.layers.map((l) => l.layerId)).toEqual(["apis", "identity", "network"]);
    expect(result.layers[0]).toMatchObject({ level: 4, score: 4 });
    expect(result.overall.level).toBe(0);
  });

  it("ignores practices of other layers and answers to unknown practices", () => {
    const result = scoreAssessment({
      layerIds: ["identity"],
      practices: two,
      answers: answers({ "IDN-1.1": "FULLY", "NET-1.1": "NOT_IMPLEMENTED", "XYZ-1.1": "NOT_IMPLEMENTED" }),
    });
    expect(result.overall).toEqual({ level: 4, meanLevel: 4, meanScore: 4, completion: 1 });
  });

  it("weights overall completion by practices, not by layers", () => {
    const result = scoreAssessment({
      layerIds: ["network", "identity"],
      practices: two,
      answers: answers({ "IDN-1.1": "FULLY", "NET-1.1": "FULLY" }),
    });
    expect(result.overall.completion).toBeCloseTo(2 / 9, 12);
  });

  it("claims nothing for an empty list of layers", () => {
    expect(scoreAssessment({ layerIds: [], practices: two, answers: new Map() })).toEqual({
      layers: [],
      overall: { level: 0, meanLevel: 0, meanScore: 0, completion: 1 },
    });
  });
});
