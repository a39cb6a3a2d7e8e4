"use server";
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/define-action";
import { addRaciOverride, removeRaciOverride, resetRaci, setRaciCell } from "./edit-raci";
import { ZRaciOverrideInput, ZResetRaciInput, ZSetRaciCellInput } from "./schema";

// RACI routes practices and names roadmap owners, so every page of the assessment may change.
function refresh(): void {
  revalidatePath("/orgs/[orgId]/assessments/[assessmentId]", "layout");
}

export const setRaciCellAction = authedAction(ZSetRaciCellInput, async (input, { user }) => {
  await setRaciCell({ userId: user.id, input });
  refresh();
});

export const addRaciOverrideAction = authedAction(ZRaciOverrideInput, async (input, { user }) => {
  await addRaciOverride({ userId: user.id, input });
  refresh();
});

export const removeRaciOverrideAction = authedAction(ZRaciOverrideInput, async (input, { user }) => {
  await removeRaciOverride({ userId: user.id, input });
  refresh();
});

export const resetRaciAction = authedAction(ZResetRaciInput, async (input, { user }) => {
  await resetRaci({ userId: user.id, assessmentId: input.assessmentId });
  refresh();
});
