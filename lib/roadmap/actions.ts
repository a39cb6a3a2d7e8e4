"use server";
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/define-action";
import { generateRoadmap } from "./generate-roadmap";
import { ZRegenerateRoadmapInput, ZSetPhaseRuleInput, ZUpdateRoadmapItemInput } from "./schema";
import { setPhaseRule } from "./set-phase-rule";
import { updateRoadmapItem } from "./update-roadmap-item";

function refresh(organisationId: string, assessmentId: string): void {
  revalidatePath(`/orgs/${organisationId}/assessments/${assessmentId}/roadmap`);
}

export const regenerateRoadmapAction = authedAction(ZRegenerateRoadmapInput, async (input, { user }) => {
  const result = await generateRoadmap({ userId: user.id, input });
  refresh(result.organisationId, input.assessmentId);
  return { created: result.created, kept: result.kept, completed: result.completed, retired: result.retired };
});

export const setPhaseRuleAction = authedAction(ZSetPhaseRuleInput, async (input, { user }) => {
  const result = await setPhaseRule({ userId: user.id, input });
  refresh(result.organisationId, input.assessmentId);
  return { created: result.created, kept: result.kept, completed: result.completed, retired: result.retired };
});

export const updateRoadmapItemAction = authedAction(ZUpdateRoadmapItemInput, async (input, { user }) => {
  const item = await updateRoadmapItem({ userId: user.id, input });
  refresh(item.organisationId, item.assessmentId);
  return item;
});
