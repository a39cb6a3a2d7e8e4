"use server";
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/define-action";
import { createAssessment } from "./create-assessment";
import { ZCreateAssessmentInput, ZTransitionAssessmentInput } from "./schema";
import { transitionAssessment } from "./transition-assessment";

export const createAssessmentAction = authedAction(ZCreateAssessmentInput, async (input, { user }) => {
  const assessment = await createAssessment({ userId: user.id, input });
  revalidatePath(`/orgs/${input.organisationId}/programs/${input.programId}`);
  return assessment;
});

export const transitionAssessmentAction = authedAction(ZTransitionAssessmentInput, async (input, { user }) => {
  const result = await transitionAssessment({ userId: user.id, input });
  revalidatePath(`/orgs/${result.organisationId}/assessments/${input.assessmentId}`, "layout");
  return result;
});
