// Who may answer and who may confirm one practice, from the caller's role and the actors they
// play (DESIGN.md §4: a participant answers what their actors are Responsible for; the
// Accountable actor's participants confirm). Pure, so pages and writes share one rule.
import { can, type AccessRole } from "@/lib/auth/permissions";
import { accountableActorFor, responsibleActorsFor, type RaciMatrix } from "./rules";

export type PracticeRef = { practiceId: string; layerId: string };

// Leads (admins, assessors) answer any practice; everyone else only what their actors are
// Responsible for.
export function canAnswerPractice(options: {
  role: AccessRole;
  actorIds: readonly string[];
  matrix: RaciMatrix;
  practice: PracticeRef;
}): boolean {
  if (can(options.role, "answers.write")) return true;
  return isRoutedTo(options);
}

export function isRoutedTo(options: { actorIds: readonly string[]; matrix: RaciMatrix; practice: PracticeRef }): boolean {
  const responsible = responsibleActorsFor({ matrix: options.matrix, ...options.practice });
  return responsible.some((actorId) => options.actorIds.includes(actorId));
}

export function canConfirmPractice(options: {
  actorIds: readonly string[];
  matrix: RaciMatrix;
  practice: PracticeRef;
}): boolean {
  const accountable = accountableActorFor({ matrix: options.matrix, ...options.practice });
  return accountable !== null && options.actorIds.includes(accountable);
}
