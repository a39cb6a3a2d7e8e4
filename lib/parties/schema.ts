import { z } from "zod";
import { ZEmail } from "@/lib/accounts/schema";
import { ACTOR_IDS } from "@/lib/content/schema";
import { ZId } from "@/lib/invitations/schema";

export const ZPartyName = z.string().trim().min(2, { error: "partyNameTooShort" }).max(120, { error: "partyNameTooLong" });
export const ZPartyActors = z
  .array(z.enum(ACTOR_IDS, { error: "actorInvalid" }))
  .min(1, { error: "partyActorsRequired" })
  .refine((actors) => new Set(actors).size === actors.length, { error: "actorInvalid" });

export const ZCreatePartyInput = z.object({ assessmentId: ZId, name: ZPartyName, actors: ZPartyActors });
export type TCreatePartyInput = z.input<typeof ZCreatePartyInput>;

export const ZUpdatePartyInput = ZCreatePartyInput.extend({ partyId: ZId });
export type TUpdatePartyInput = z.input<typeof ZUpdatePartyInput>;

export const ZRemovePartyInput = z.object({ assessmentId: ZId, partyId: ZId });

export const ZAddParticipantInput = z.object({
  assessmentId: ZId,
  partyId: ZId,
  userId: z.string().min(1, { error: "memberRequired" }).pipe(ZId),
});
export type TAddParticipantInput = z.input<typeof ZAddParticipantInput>;

export const ZInviteGuestInput = z.object({ assessmentId: ZId, partyId: ZId, email: ZEmail });
export type TInviteGuestInput = z.input<typeof ZInviteGuestInput>;

export const ZRemoveParticipantInput = z.object({ assessmentId: ZId, participantId: ZId });
