import { describe, expect, it } from "vitest";
import { canAnswerPractice, canConfirmPractice, isRoutedTo } from "./practice-rights";
import type { RaciMatrix } from "./rules";

const matrix: RaciMatrix = {
  application: { "solution-implementing-agency": "R", "application-teams": "R", "security-team": "A", "program-owner": "I" },
  // APP-3.1 differs from its layer: the platform provider does it, the program owner signs off.
  "APP-3.1": { "platform-provider": "R", "program-owner": "A" },
};
const layerPractice = { practiceId: "APP-1.1", layerId: "application" };
const override = { practiceId: "APP-3.1", layerId: "application" };

describe("practice rights from RACI routing", () => {
  it("routes a practice to the actors Responsible in its effective row", () => {
    expect(isRoutedTo({ actorIds: ["solution-implementing-agency"], matrix, practice: layerPractice })).toBe(true);
    expect(isRoutedTo({ actorIds: ["solution-implementing-agency"], matrix, practice: override })).toBe(false);
    expect(isRoutedTo({ actorIds: ["platform-provider"], matrix, practice: override })).toBe(true);
    expect(isRoutedTo({ actorIds: ["program-owner"], matrix, practice: layerPractice })).toBe(false);
    expect(isRoutedTo({ actorIds: [], matrix, practice: layerPractice })).toBe(false);
  });

  it("lets leads answer anything and everyone else only what is routed to them", () => {
    for (const role of ["ADMIN", "ASSESSOR"] as const) {
      expect(canAnswerPractice({ role, actorIds: [], matrix, practice: override })).toBe(true);
    }
    for (const role of ["REVIEWER", "VIEWER", "GUEST"] as const) {
      expect(canAnswerPractice({ role, actorIds: [], matrix, practice: layerPractice })).toBe(false);
      expect(canAnswerPractice({ role, actorIds: ["application-teams"], matrix, practice: layerPractice })).toBe(true);
      expect(canAnswerPractice({ role, actorIds: ["application-teams"], matrix, practice: override })).toBe(false);
    }
  });

  it("lets only the Accountable actor's participants confirm, and nobody while a row has no single A", () => {
    expect(canConfirmPractice({ actorIds: ["security-team"], matrix, practice: layerPractice })).toBe(true);
    expect(canConfirmPractice({ actorIds: ["security-team"], matrix, practice: override })).toBe(false);
    expect(canConfirmPractice({ actorIds: ["program-owner"], matrix, practice: override })).toBe(true);
    const twoAs: RaciMatrix = { application: { "security-team": "A", "program-owner": "A", "application-teams": "R" } };
    expect(canConfirmPractice({ actorIds: ["security-team", "program-owner"], matrix: twoAs, practice: layerPractice })).toBe(false);
  });
});
