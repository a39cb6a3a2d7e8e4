"use server";
import { revalidatePath } from "next/cache";
import { authedAction, publicAction } from "@/lib/actions/define-action";
import { enforceRateLimit, requestClient } from "@/lib/rate-limit/consume";
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
  await enforceRateLimit({ name: "invitationCreate", subject: user.id });
  const invitation = await createInvitation({ userId: user.id, input });
  revalidatePath(`/orgs/${input.organisationId}/settings/members`);
  return { link: invitation.link, expiresAt: invitation.expiresAt.toISOString() };
});

export const revokeInvitationAction = authedAction(ZRevokeInvitationInput, async (input, { user }) => {
  await revokeInvitation({ userId: user.id, ...input });
  revalidatePath(`/orgs/${input.organisationId}/settings/members`);
});

// Acceptance is counted per client: it is where invitation tokens could be guessed.
export const acceptInvitationAction = authedAction(ZAcceptInvitationInput, async (input, { user }) => {
  await enforceRateLimit({ name: "invitationAccept", subject: await requestClient() });
  return acceptInvitation({ userId: user.id, token: input.token });
});

export const acceptInvitationWithSignUpAction = publicAction(ZAcceptInvitationWithSignUpInput, async (input) => {
  await enforceRateLimit({ name: "invitationAccept", subject: await requestClient() });
  return acceptInvitationWithSignUp(input);
});
