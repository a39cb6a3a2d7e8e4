"use server";
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/define-action";
import { removeMember, updateMemberRole } from "./change-membership";
import { ZRemoveMemberInput, ZUpdateMemberRoleInput } from "./schema";

export const updateMemberRoleAction = authedAction(ZUpdateMemberRoleInput, async (input, { user }) => {
  await updateMemberRole({ userId: user.id, input });
  revalidatePath(`/orgs/${input.organisationId}/settings/members`);
});

export const removeMemberAction = authedAction(ZRemoveMemberInput, async (input, { user }) => {
  await removeMember({ userId: user.id, input });
  revalidatePath(`/orgs/${input.organisationId}/settings/members`);
});
