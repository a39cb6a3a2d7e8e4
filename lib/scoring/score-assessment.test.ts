import { describe, expect, it } from "vitest";
import { scoreAssessment, scoreLayer, type ScoringAnswer, type ScoringPractice } from "./score-assessment";

// Two practices per level in one layer: N1a N1b N2a N2b N3a N3b N4a N4b.
const practices: ScoringPractice[] = [1, 2, 3, 4].flatMap((level) =>
  ["a", "b"].map((n) => ({ id: `NET-${level}.${n === "a" ? 1 : 2}`, layerId: "network", level })),
);
const answers = (entries: Record<string, ScoringAnswer>) => new Map(Object.entries(entries));
const all = (value: ScoringAnswer, levels = [1, 2, 3, 4]) =>
  Object.fromEntries(practices.filter((p) => levels.includes(p.level)).map((p) => [p.id, value]));
const layer = (entries: Record<string, ScoringAnswer>) => scoreLayer({ layerId: "network", practices, answers: answers(entries) });

describe("layer level", () => {
  it("is 0 with nothing answered, and every practice of levels 1-1 blocks", () => {
    const result = layer({});
    expect(result).toMatchObject({ level: 0, score: 0, completion: 0, answered: 0, applicable: 8 });
    expect(result.blockers).toEqual(["NET-1.1", "NET-1.2"]);
  });

  it("counts Largely and Fully as met, Partially and Not implemented as not", () => {
    expect(layer({ ...all("LARGELY", [1]), ...all("FULLY", [2]) }).level).toBe(2);
    expect(layer({ ...all("FULLY", [1]), "NET-2.1": "FULLY", "NET-2.2": "PARTIALLY" }).level).toBe(1);
    expect(layer({ ...all("NOT_IMPLEMENTED") }).level).toBe(0);
  });

  it("is cumulative: level 4 met but level 2 not leaves the layer at 1", () => {
    const result = layer({ ...all("FULLY"), "NET-2.2": "NOT_IMPLEMENTED" });
    expect(result.level).toBe(1);
    expect(result.blockers).toEqual(["NET-2.2"]);
  });

  it("reaches 4 when everything is met", () => {
    expect(layer(all("FULLY"))).toMatchObject({ level: 4, score: 4, completion: 1, blockers: [] });
  });
});

describe("layer score", () => {
  it("adds each level's credit fraction while lower levels are met", () => {
    // L1 met (1), L2 half Fully half Partially: (1 + 1/3) / 2.
    const result = layer({ ...all("FULLY", [1]), "NET-2.1": "FULLY", "NET-2.2": "PARTIALLY", ...all("FULLY", [3, 4]) });
    expect(result.level).toBe(1);
    expect(result.score).toBeCloseTo(1 + (1 + 1 / 3) / 2, 10);
  });

  it("uses the credits 0, 1/3, 2/3 and 1", () => {
    expect(layer({ "NET-1.1": "PARTIALLY", "NET-1.2": "NOT_IMPLEMENTED" }).score).toBeCloseTo(1 / 6, 10);
    // Largely meets a level but earns 2/3: level 1 adds 2/3, level 2 (one Largely, one unanswered) 1/3.
    expect(layer({ "NET-1.1": "LARGELY", "NET-1.2": "LARGELY", "NET-2.1": "LARGELY" }).score).toBeCloseTo(1, 10);
    expect(layer(all("LARGELY"))).toMatchObject({ level: 4 });
    expect(layer(all("LARGELY")).score).toBeCloseTo(8 / 3, 10);
  });

  it("never shows credit above an unmet level", () => {
    const result = layer({ "NET-1.1": "PARTIALLY", "NET-1.2": "FULLY", ...all("FULLY", [2, 3, 4]) });
    expect(result.score).toBeCloseTo(2 / 3, 10);
  });
});

describe("not applicable", () => {
  it("excludes N/A practices from levels, scores and completion", () => {
    const result = layer({ ...all("FULLY", [1]), "NET-2.1": "FULLY", "NET-2.2": "NOT_APPLICABLE" });
    expect(result.level).toBe(2);
    expect(result.score).toBeCloseTo(2, 10);
    expect(result.applicable).toBe(7);
    expect(result.completion).toBeCloseTo(3 / 7, 10);
  });

  it("treats a level whose practices are all N/A as met", () => {
    expect(layer({ ...all("FULLY", [1]), ...all("NOT_APPLICABLE", [2]), ...all("FULLY", [3]) }).level).toBe(3);
  });

  it("puts an all-N/A layer at 4 and flags it", () => {
    expect(layer(all("NOT_APPLICABLE"))).toMatchObject({ level: 4, score: 4, completion: 1, allNotApplicable: true, applicable: 0 });
  });

  it("scores a layer with no practices as met, without the N/A flag", () => {
    const empty = scoreLayer({ layerId: "apis", practices, answers: new Map() });
    expect(empty).toMatchObject({ level: 4, score: 4, completion: 1, allNotApplicable: false });
  });
});

describe("overall", () => {
  it("is the lowest layer level, with the means beside it", () => {
    const two: ScoringPractice[] = [...practices, { id: "IDN-1.1", layerId: "identity", level: 1 }];
    const result = scoreAssessment({ layerIds: ["network", "identity"], practices: two, answers: answers(all("FULLY")) });
    expect(result.layers.map((l) => l.level)).toEqual([4, 0]);
    expect(result.overall.level).toBe(0);
    expect(result.overall.meanLevel).toBe(2);
    expect(result.overall.meanScore).toBe(2);
    expect(result.overall.completion).toBeCloseTo(8 / 9, 10);
  });
});
