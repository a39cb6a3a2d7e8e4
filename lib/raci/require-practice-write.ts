import "server-only";
import { isEditable } from "@/lib/assessments/lifecycle";
import { can } from "@/lib/auth/permissions";
import { contentForVersion } from "@/lib/content/snapshot";
import type { TPractice } from "@/lib/content/schema";
import { db } from "@/lib/db/client";
import { AppError, forbidden } from "@/lib/errors";
import { requireAssessmentAccess, type AssessmentAccess } from "@/lib/tenancy/assessment-access";
import { canAnswerPractice } from "./practice-rights";
import { loadRaciMatrix } from "./queries";

// Writing an answer or evidence for one practice: the assessment must be reachable and editable,
// the practice must exist in its pinned content, and the caller must be a lead or a participant
// the practice is routed to.
export async function requirePracticeWrite(options: {
  userId: string;
  assessmentId: string;
  practiceId: string;
}): Promise<AssessmentAccess & { practice: TPractice }> {
  const access = await requireAssessmentAccess({ ...options, permission: "assessment.read" });
  return requirePracticeWriteFor({ access, practiceId: options.practiceId });
}

// The same rule for a caller whose access to the assessment was established in this request
// (the REST API's token-scoped access), so the assessment is not read twice.
export async function requirePracticeWriteFor(options: {
  access: AssessmentAccess;
  practiceId: string;
}): Promise<AssessmentAccess & { practice: TPractice }> {
  const { access } = options;
  const { assessment, role, actorIds } = access;
  // Nothing of a practice is disclosed to someone who may not write at all.
  if (!can(role, "answers.write") && actorIds.length === 0) throw forbidden();
  if (!isEditable(assessment.status)) throw new AppError({ code: "LOCKED", messageKey: "assessmentLocked" });
  const content = await contentForVersion(assessment.contentVersion);
  const practice = content.practices.find((p) => p.id === options.practiceId);
  if (!practice) {
    throw new AppError({ code: "BAD_INPUT", messageKey: "unknownPractice", values: { practiceId: options.practiceId } });
  }
  if (!can(role, "answers.write")) {
    const matrix = await loadRaciMatrix(await db(), assessment.id);
    const ref = { practiceId: practice.id, layerId: practice.layer };
    if (!canAnswerPractice({ role, actorIds, matrix, practice: ref })) throw forbidden("practiceNotRouted");
  }
  return { ...access, practice };
}
