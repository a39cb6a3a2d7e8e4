import { describe, expect, it } from "vitest";
import { roadmapStaleness, type StoredPlanItem } from "./roadmap-staleness";

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute));
const item = (practiceId: string, phase: number, extra: Partial<StoredPlanItem> = {}): StoredPlanItem => ({
  practiceId,
  phase,
  status: "OPEN",
  obsolete: false,
  ...extra,
});
const stored = [item("NET-1.1", 1), item("NET-2.1", 2)];
const generated = [
  { practiceId: "NET-1.1", phase: 1 },
  { practiceId: "NET-2.1", phase: 2 },
];

describe("roadmap staleness", () => {
  it("is never generated without a generation time, whatever is stored", () => {
    expect(roadmapStaleness({ generatedAt: null, latestAnswerAt: null, stored: [], generated: [] })).toBe(
      "neverGenerated",
    );
    expect(roadmapStaleness({ generatedAt: null, latestAnswerAt: at(1), stored, generated })).toBe("neverGenerated");
  });

  it("is fresh when the plan matches and no answer is newer", () => {
    expect(roadmapStaleness({ generatedAt: at(5), latestAnswerAt: at(4), stored, generated })).toBeNull();
    expect(roadmapStaleness({ generatedAt: at(5), latestAnswerAt: at(5), stored, generated })).toBeNull();
    expect(roadmapStaleness({ generatedAt: at(5), latestAnswerAt: null, stored: [], generated: [] })).toBeNull();
  });

  it("flags a newer answer that leaves the plan as it is", () => {
    expect(roadmapStaleness({ generatedAt: at(5), latestAnswerAt: at(6), stored, generated })).toBe("answersChanged");
  });

  it("flags a new gap, a closed open gap and a phase move as a changed plan", () => {
    const base = { generatedAt: at(5), latestAnswerAt: at(6) };
    expect(roadmapStaleness({ ...base, stored, generated: [...generated, { practiceId: "NET-2.2", phase: 2 }] })).toBe(
      "planChanged",
    );
    expect(roadmapStaleness({ ...base, stored, generated: generated.slice(0, 1) })).toBe("planChanged");
    expect(roadmapStaleness({ ...base, stored, generated: [generated[0]!, { practiceId: "NET-2.1", phase: 1 }] })).toBe(
      "planChanged",
    );
  });

  it("treats obsolete items as absent and completed (DONE) items as expected", () => {
    const base = { generatedAt: at(5), latestAnswerAt: at(4) };
    const withObsolete = [...stored, item("NET-2.2", 2, { obsolete: true })];
    expect(roadmapStaleness({ ...base, stored: withObsolete, generated })).toBeNull();
    // The gap came back: its obsolete item must be revived.
    expect(
      roadmapStaleness({
        ...base,
        stored: withObsolete,
        generated: [...generated, { practiceId: "NET-2.2", phase: 2 }],
      }),
    ).toBe("planChanged");
    const completed = [...stored, item("NET-2.3", 2, { status: "DONE" })];
    expect(roadmapStaleness({ ...base, stored: completed, generated })).toBeNull();
  });
});
