import { describe, expect, it } from "vitest";
import { ZSetPhaseRuleInput, ZUpdateRoadmapItemInput } from "./schema";

const valid = {
  assessmentId: "cmabc123",
  itemId: "cmdef456",
  ownerPartyId: "",
  dueDate: "",
  status: "OPEN",
  notes: "",
};
const messages = (input: unknown) => {
  const parsed = ZUpdateRoadmapItemInput.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("roadmap item input", () => {
  it("accepts no owner and no due date as empty strings, and trims notes", () => {
    expect(ZUpdateRoadmapItemInput.parse({ ...valid, notes: "  call the SI  " })).toEqual({
      ...valid,
      notes: "call the SI",
    });
    expect(
      ZUpdateRoadmapItemInput.parse({ ...valid, ownerPartyId: "cmparty1", dueDate: "2026-02-28", status: "DONE" }),
    ).toMatchObject({
      ownerPartyId: "cmparty1",
      dueDate: "2026-02-28",
      status: "DONE",
    });
  });

  it("refuses impossible dates, other formats, unknown statuses and ids with odd characters", () => {
    expect(messages({ ...valid, dueDate: "2026-02-30" })).toEqual(["dueDate: roadmap.validation.dueDateInvalid"]);
    expect(messages({ ...valid, dueDate: "31/03/2026" })).toEqual(["dueDate: roadmap.validation.dueDateInvalid"]);
    expect(messages({ ...valid, status: "CANCELLED" })).toEqual(["status: roadmap.validation.statusInvalid"]);
    expect(messages({ ...valid, ownerPartyId: "x'; DROP TABLE" })).toEqual([
      "ownerPartyId: roadmap.validation.ownerInvalid",
    ]);
  });

  it("allows 2,000 characters of notes and no more", () => {
    expect(messages({ ...valid, notes: "n".repeat(2000) })).toEqual([]);
    expect(messages({ ...valid, notes: "n".repeat(2001) })).toEqual(["notes: roadmap.validation.notesTooLong"]);
  });
});

describe("phase rule input", () => {
  it("takes one of the offered baselines and escalations", () => {
    expect(
      ZSetPhaseRuleInput.safeParse({ assessmentId: "cmabc123", baseline: "layer", escalation: "high" }).success,
    ).toBe(true);
    expect(
      ZSetPhaseRuleInput.safeParse({ assessmentId: "cmabc123", baseline: "team", escalation: "high" }).success,
    ).toBe(false);
    expect(
      ZSetPhaseRuleInput.safeParse({ assessmentId: "cmabc123", baseline: "layer", escalation: "risk3" }).success,
    ).toBe(false);
  });
});
