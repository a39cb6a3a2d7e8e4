import { z } from "zod";
import { ORG_ROLES } from "@/lib/auth/permissions";
import { ZId } from "@/lib/invitations/schema";

export const ZUpdateMemberRoleInput = z.object({
  organisationId: ZId,
  membershipId: ZId,
  role: z.enum(ORG_ROLES, { error: "roleInvalid" }),
});
export type TUpdateMemberRoleInput = z.input<typeof ZUpdateMemberRoleInput>;

export const ZRemoveMemberInput = z.object({ organisationId: ZId, membershipId: ZId });
export type TRemoveMemberInput = z.input<typeof ZRemoveMemberInput>;
