import { describe, expect, it } from "vitest";
import { isSessionStage, sessionStage } from "./session-stage";

describe("sessionStage", () => {
  it("holds an enrolled user at the MFA step until the code is given", () => {
    expect(sessionStage({ mfaEnrolled: true, mfaPassed: false, organisationRequiresMfa: false })).toBe("mfa-pending");
    expect(sessionStage({ mfaEnrolled: true, mfaPassed: false, organisationRequiresMfa: true })).toBe("mfa-pending");
    expect(sessionStage({ mfaEnrolled: true, mfaPassed: true, organisationRequiresMfa: true })).toBe("active");
  });

  it("sends a member without MFA to enrolment only when an organisation requires it", () => {
    expect(sessionStage({ mfaEnrolled: false, mfaPassed: false, organisationRequiresMfa: true })).toBe("mfa-enrolment");
    expect(sessionStage({ mfaEnrolled: false, mfaPassed: false, organisationRequiresMfa: false })).toBe("active");
  });

  it("recognises only known stages", () => {
    expect(isSessionStage("active")).toBe(true);
    expect(isSessionStage("admin")).toBe(false);
    expect(isSessionStage(undefined)).toBe(false);
  });
});
