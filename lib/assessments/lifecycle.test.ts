import { describe, expect, it } from "vitest";
import { ROLE_PERMISSIONS } from "@/lib/auth/permissions";
import { availableActions, isEditable, permissionFor, submissionBlockers, transition, ASSESSMENT_STATUSES, LIFECYCLE_ACTIONS } from "./lifecycle";

describe("assessment lifecycle", () => {
  it("follows draft -> in review -> approved -> archived", () => {
    expect(transition("DRAFT", "submit")).toBe("IN_REVIEW");
    expect(transition("IN_REVIEW", "approve")).toBe("APPROVED");
    expect(transition("APPROVED", "archive")).toBe("ARCHIVED");
  });

  it("lets a reviewer return a submission to draft", () => {
    expect(transition("IN_REVIEW", "return")).toBe("DRAFT");
  });

  it("refuses every other move", () => {
    const allowed = new Set(["DRAFT:submit", "IN_REVIEW:return", "IN_REVIEW:approve", "DRAFT:archive", "APPROVED:archive"]);
    for (const status of ASSESSMENT_STATUSES) {
      for (const action of LIFECYCLE_ACTIONS) {
        expect(transition(status, action) !== null).toBe(allowed.has(`${status}:${action}`));
      }
    }
    expect(availableActions("ARCHIVED")).toEqual([]);
  });

  it("gives each move to the right roles", () => {
    const roles = (action: (typeof LIFECYCLE_ACTIONS)[number]) =>
      Object.entries(ROLE_PERMISSIONS)
        .filter(([, permissions]) => permissions.includes(permissionFor(action)))
        .map(([role]) => role);
    expect(roles("submit")).toEqual(["ADMIN", "ASSESSOR"]);
    expect(roles("approve")).toEqual(["ADMIN", "REVIEWER"]);
    expect(roles("return")).toEqual(["ADMIN", "REVIEWER"]);
    expect(roles("archive")).toEqual(["ADMIN"]);
  });

  it("locks everything but drafts", () => {
    expect(ASSESSMENT_STATUSES.filter(isEditable)).toEqual(["DRAFT"]);
  });

  it("lists what blocks submission", () => {
    expect(submissionBlockers({ unanswered: 0, needsReconfirmation: 0, raciViolations: 0 })).toEqual([]);
    expect(submissionBlockers({ unanswered: 3, needsReconfirmation: 1, raciViolations: 2 })).toEqual([
      { kind: "unanswered", count: 3 },
      { kind: "needsReconfirmation", count: 1 },
      { kind: "raciViolations", count: 2 },
    ]);
  });
});
