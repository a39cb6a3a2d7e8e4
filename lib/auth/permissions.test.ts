import { describe, expect, it } from "vitest";
import { can, ORG_ROLES, PERMISSIONS, ROLE_PERMISSIONS } from "./permissions";

describe("role permissions", () => {
  it("gives admins every permission", () => {
    for (const permission of PERMISSIONS) expect(can("ADMIN", permission)).toBe(true);
  });

  it("keeps member management to admins", () => {
    for (const role of ORG_ROLES) expect(can(role, "members.manage")).toBe(role === "ADMIN");
  });

  it("keeps the audit trail to admins", () => {
    for (const role of [...ORG_ROLES, "GUEST"]) expect(can(role, "audit.read")).toBe(role === "ADMIN");
  });

  it("lets assessors answer but not approve, and reviewers review but not answer", () => {
    expect(can("ASSESSOR", "answers.write")).toBe(true);
    expect(can("ASSESSOR", "assessments.review")).toBe(false);
    expect(can("REVIEWER", "assessments.review")).toBe(true);
    expect(can("REVIEWER", "answers.write")).toBe(false);
  });

  it("lets viewers only read", () => {
    expect(ROLE_PERMISSIONS.VIEWER).toEqual(["org.read", "assessment.read"]);
  });

  it("lets a guest read its assessment and nothing of the organisation", () => {
    expect(ROLE_PERMISSIONS.GUEST).toEqual(["assessment.read"]);
    expect(can("GUEST", "org.read")).toBe(false);
    expect(can("GUEST", "answers.write")).toBe(false);
  });

  it("keeps parties, RACI and roadmap edits to leads (admins and assessors)", () => {
    for (const role of ORG_ROLES) expect(can(role, "assessment.manage")).toBe(role === "ADMIN" || role === "ASSESSOR");
  });

  it("fails closed for unknown roles and permissions", () => {
    expect(can("SUPERUSER", "org.read")).toBe(false);
    expect(can("", "org.read")).toBe(false);
    expect(can("ADMIN", "nuke.everything" as never)).toBe(false);
  });
});
