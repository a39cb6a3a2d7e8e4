import type { Permission } from "@/lib/auth/permissions";

// Draft -> In review -> Approved (locked baseline) -> Archived; a reviewer may return an
// assessment to Draft with a comment; an admin may archive a draft that was abandoned.
export const ASSESSMENT_STATUSES = ["DRAFT", "IN_REVIEW", "APPROVED", "ARCHIVED"] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const LIFECYCLE_ACTIONS = ["submit", "return", "approve", "archive"] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

const TRANSITIONS: Record<LifecycleAction, { from: readonly AssessmentStatus[]; to: AssessmentStatus; permission: Permission }> = {
  submit: { from: ["DRAFT"], to: "IN_REVIEW", permission: "answers.write" },
  return: { from: ["IN_REVIEW"], to: "DRAFT", permission: "assessments.review" },
  approve: { from: ["IN_REVIEW"], to: "APPROVED", permission: "assessments.review" },
  archive: { from: ["DRAFT", "APPROVED"], to: "ARCHIVED", permission: "settings.manage" },
};

export function transition(status: AssessmentStatus, action: LifecycleAction): AssessmentStatus | null {
  const rule = TRANSITIONS[action];
  return rule.from.includes(status) ? rule.to : null;
}

export function permissionFor(action: LifecycleAction): Permission {
  return TRANSITIONS[action].permission;
}

export function availableActions(status: AssessmentStatus): LifecycleAction[] {
  return LIFECYCLE_ACTIONS.filter((action) => transition(status, action) !== null);
}

// Only a draft can be edited; everything after submission is read-only until it is returned.
export function isEditable(status: AssessmentStatus): boolean {
  return status === "DRAFT";
}

export type SubmissionBlocker =
  | { kind: "unanswered"; count: number }
  | { kind: "needsReconfirmation"; count: number }
  | { kind: "raciViolations"; count: number };

// What stops a draft from going to review: every applicable practice answered, every carried-over
// answer re-confirmed, and a RACI without rule violations.
export function submissionBlockers(options: {
  unanswered: number;
  needsReconfirmation: number;
  raciViolations: number;
}): SubmissionBlocker[] {
  const blockers: SubmissionBlocker[] = [];
  if (options.unanswered > 0) blockers.push({ kind: "unanswered", count: options.unanswered });
  if (options.needsReconfirmation > 0) blockers.push({ kind: "needsReconfirmation", count: options.needsReconfirmation });
  if (options.raciViolations > 0) blockers.push({ kind: "raciViolations", count: options.raciViolations });
  return blockers;
}
