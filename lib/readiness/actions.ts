"use server";
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/define-action";
import { ZSetIsmsItemStatusInput } from "./schema";
import { setIsmsItemStatus } from "./set-isms-item-status";

export const setIsmsItemStatusAction = authedAction(ZSetIsmsItemStatusInput, async (input, { user }) => {
  const saved = await setIsmsItemStatus({ userId: user.id, input });
  revalidatePath(`/orgs/${saved.organisationId}/assessments/${saved.assessmentId}/readiness`);
  return { itemId: saved.itemId, status: saved.status, version: saved.version, updatedAt: saved.updatedAt };
});
