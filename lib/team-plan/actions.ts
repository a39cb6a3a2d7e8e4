"use server";
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/define-action";
import { ZSetStaffedRolesInput } from "./schema";
import { setStaffedRoles } from "./set-staffed-roles";

export const setStaffedRolesAction = authedAction(ZSetStaffedRolesInput, async (input, { user }) => {
  const result = await setStaffedRoles({ userId: user.id, input });
  // Staffing is the program's: every assessment of it shows the same team plan.
  revalidatePath("/orgs/[orgId]/assessments/[assessmentId]/team-plan", "page");
  return { staffedRoles: result.staffedRoles };
});
