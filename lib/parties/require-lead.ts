import "server-only";
import { isEditable } from "@/lib/assessments/lifecycle";
import { AppError } from "@/lib/errors";
import { requireAssessmentAccess, type AssessmentAccess } from "@/lib/tenancy/assessment-access";

// Parties and RACI are set up by the assessment's lead (an admin or assessor) while it is a draft:
// once submitted they are part of what the reviewer approves.
export async function requireLeadOfDraft(options: { userId: string; assessmentId: string }): Promise<AssessmentAccess> {
  const access = await requireAssessmentAccess({ ...options, permission: "assessment.manage" });
  if (!isEditable(access.assessment.status)) throw new AppError({ code: "LOCKED", messageKey: "assessmentSetupLocked" });
  return access;
}
