import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-rules";

// A six-digit code from the app; spaces are allowed as people copy "123 456".
export const ZTotpCode = z
  .string()
  .trim()
  .transform((v) => v.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, { error: "mfa.codeFormat" }));

export const ZConfirmMfaEnrolmentInput = z.object({ code: ZTotpCode });
export type TConfirmMfaEnrolmentInput = z.input<typeof ZConfirmMfaEnrolmentInput>;

// At the sign-in step either a code from the app or a recovery code.
export const ZMfaChallengeInput = z.object({
  code: z.string().trim().min(1, { error: "mfa.codeRequired" }).max(64, { error: "mfa.codeFormat" }),
  callbackUrl: z.string().max(2000).optional(),
});
export type TMfaChallengeInput = z.input<typeof ZMfaChallengeInput>;

export const ZDisableMfaInput = z.object({
  password: z.string().max(PASSWORD_MAX_LENGTH, { error: "passwordTooLong" }),
  code: ZTotpCode,
});
export type TDisableMfaInput = z.input<typeof ZDisableMfaInput>;

export const ZStartMfaEnrolmentInput = z.object({});

export const ZSetOrganisationMfaInput = z.object({
  organisationId: z.string().min(1).max(64),
  requireMfa: z.boolean(),
});
export type TSetOrganisationMfaInput = z.input<typeof ZSetOrganisationMfaInput>;
