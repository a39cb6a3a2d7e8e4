import { z } from "zod";
import { ZId } from "@/lib/invitations/schema";

export const API_TOKEN_MAX_DAYS = 365;

export const ZCreateApiTokenInput = z.object({
  organisationId: ZId,
  name: z.string().trim().min(1, { error: "apiTokenNameRequired" }).max(80, { error: "apiTokenNameTooLong" }),
  // Absent: the token does not expire (it can still be revoked).
  expiresInDays: z
    .number({ error: "apiTokenExpiryInvalid" })
    .int({ error: "apiTokenExpiryInvalid" })
    .min(1, { error: "apiTokenExpiryInvalid" })
    .max(API_TOKEN_MAX_DAYS, { error: "apiTokenExpiryInvalid" })
    .optional(),
});
export type TCreateApiTokenInput = z.input<typeof ZCreateApiTokenInput>;

export const ZRevokeApiTokenInput = z.object({ organisationId: ZId, tokenId: ZId });
export type TRevokeApiTokenInput = z.input<typeof ZRevokeApiTokenInput>;
