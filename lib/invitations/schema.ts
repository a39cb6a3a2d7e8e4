import { z } from "zod";
import { ZEmail, ZName, withPasswordPolicy } from "@/lib/accounts/schema";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-rules";
import { ORG_ROLES } from "@/lib/auth/permissions";

export const ZId = z.string().min(1).max(64).regex(/^[a-z0-9]+$/i, { error: "idInvalid" });
export const ZInvitationToken = z.string().min(20).max(100).regex(/^[A-Za-z0-9_-]+$/, { error: "invitationInvalid" });

export const ZCreateInvitationInput = z.object({
  organisationId: ZId,
  email: ZEmail,
  role: z.enum(ORG_ROLES, { error: "roleInvalid" }),
});
export type TCreateInvitationInput = z.input<typeof ZCreateInvitationInput>;

export const ZRevokeInvitationInput = z.object({ organisationId: ZId, invitationId: ZId });

export const ZAcceptInvitationInput = z.object({ token: ZInvitationToken });

export const ZAcceptInvitationWithSignUpInput = withPasswordPolicy(
  z.object({
    token: ZInvitationToken,
    name: ZName,
    email: ZEmail,
    password: z.string().max(PASSWORD_MAX_LENGTH * 8, { error: "password.tooLong" }),
  }),
);
export type TAcceptInvitationWithSignUpInput = z.input<typeof ZAcceptInvitationWithSignUpInput>;
