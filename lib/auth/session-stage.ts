// Where a signed-in session stands. Only an "active" session may use the app; a session waiting
// for its second factor may only reach the MFA step, and one whose organisation demands MFA from a
// member who has none may only reach enrolment.
export const SESSION_STAGES = ["active", "mfa-pending", "mfa-enrolment"] as const;
export type SessionStage = (typeof SESSION_STAGES)[number];

export function sessionStage(options: { mfaEnrolled: boolean; mfaPassed: boolean; organisationRequiresMfa: boolean }): SessionStage {
  if (options.mfaEnrolled) return options.mfaPassed ? "active" : "mfa-pending";
  return options.organisationRequiresMfa ? "mfa-enrolment" : "active";
}

export function isSessionStage(value: unknown): value is SessionStage {
  return typeof value === "string" && (SESSION_STAGES as readonly string[]).includes(value);
}
