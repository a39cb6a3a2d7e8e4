"use server";
import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/define-action";
import { createParty, removeParty, updateParty } from "./manage-parties";
import { addMemberParticipant, inviteGuestParticipant, removeParticipant } from "./participants";
import {
  ZAddParticipantInput,
  ZCreatePartyInput,
  ZInviteGuestInput,
  ZRemoveParticipantInput,
  ZRemovePartyInput,
  ZUpdatePartyInput,
} from "./schema";

// Parties feed the RACI, routing and roadmap pages too, so the whole assessment is revalidated.
function refresh(): void {
  revalidatePath("/orgs/[orgId]/assessments/[assessmentId]", "layout");
}

export const createPartyAction = authedAction(ZCreatePartyInput, async (input, { user }) => {
  const party = await createParty({ userId: user.id, input });
  refresh();
  return party;
});

export const updatePartyAction = authedAction(ZUpdatePartyInput, async (input, { user }) => {
  await updateParty({ userId: user.id, input });
  refresh();
  return { id: input.partyId };
});

export const removePartyAction = authedAction(ZRemovePartyInput, async (input, { user }) => {
  await removeParty({ userId: user.id, ...input });
  refresh();
});

export const addParticipantAction = authedAction(ZAddParticipantInput, async (input, { user }) => {
  await addMemberParticipant({ userId: user.id, input });
  refresh();
});

export const inviteGuestAction = authedAction(ZInviteGuestInput, async (input, { user }) => {
  const invitation = await inviteGuestParticipant({ userId: user.id, input });
  refresh();
  return { link: invitation.link, expiresAt: invitation.expiresAt.toISOString() };
});

export const removeParticipantAction = authedAction(ZRemoveParticipantInput, async (input, { user }) => {
  await removeParticipant({ userId: user.id, ...input });
  refresh();
});
