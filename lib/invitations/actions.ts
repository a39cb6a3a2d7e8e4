"use server";
import { revalidatePath } from "next/cache";
import { authedAction, publicAction } from "@/lib/actions/define-action";
import { acceptInvitation, acceptInvitationWithSignUp } from "./accept-invitation";
import { createInvitation } from "./create-invitation";
import { revokeInvitation } from "./revoke-invitation";
import {
  ZAcceptInvitationInput,
  ZAcceptInvitationWithSignUpInput,
  ZCreateInvitationInput,
  ZRevokeInvitationInput,
} from "./schema";

export const createInvitationAction = authedAction(ZCreateInvitationInput, async (input, { user }) => {
  const invitation = await createInvitation({ userId: user.id, input });
  revalidatePath(`/orgs/${input.organisationId}/settings/members`);
  return { link: invitation.link, expiresAt: invitation.expiresAt.toISOString() };
});

export const revokeInvitationAction = authedAction(ZRevokeInvitationInput, async (input, { user }) => {
  await revokeInvitation({ userId: user.id, ...input });
  revalidatePath(`/orgs/${input.organisationId}/settings/members`);
});

export const acceptInvitationAction = authedAction(ZAcceptInvitationInput, (input, { user }) =>
  acceptInvitation({ userId: user.id, token: input.token }),
);

export const acceptInvitationWithSignUpAction = publicAction(ZAcceptInvitationWithSignUpInput, (input) =>
  acceptInvitationWithSignUp(input),
);
