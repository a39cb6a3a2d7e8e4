"use server";
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/define-action";
import { confirmAnswer } from "./confirm-answer";
import { ZConfirmAnswerInput } from "./schema";

export const confirmAnswerAction = authedAction(ZConfirmAnswerInput, async (input, { user }) => {
  await confirmAnswer({ userId: user.id, input });
  revalidatePath("/orgs/[orgId]/assessments/[assessmentId]", "layout");
});
