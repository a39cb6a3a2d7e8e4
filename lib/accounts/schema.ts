import { z } from "zod";
import { checkPasswordShape, PASSWORD_MAX_LENGTH } from "@/lib/auth/password-rules";

export const ZName = z.string().trim().min(1, { error: "nameRequired" }).max(120, { error: "nameTooLong" });
export const ZEmail = z.email({ error: "emailInvalid" }).max(254, { error: "emailInvalid" });
export const ZOrganisationName = z
  .string()
  .trim()
  .min(2, { error: "organisationNameTooShort" })
  .max(120, { error: "organisationNameTooLong" });

// Password rules (lib/auth/password-rules) reach the form as message keys; the server adds the
// common-password check (assertAcceptablePassword) before hashing.
type PasswordInput = { email: string; password: string };

export function withPasswordPolicy<S extends z.ZodType<PasswordInput, PasswordInput>>(schema: S): S {
  return schema.superRefine((value, ctx) => {
    for (const problem of checkPasswordShape({ password: value.password, email: value.email })) {
      ctx.addIssue({ code: "custom", path: ["password"], message: `password.${problem}` });
    }
  });
}

export const ZSignUpInput = withPasswordPolicy(
  z.object({
    name: ZName,
    email: ZEmail,
    // A hard cap before any hashing; the policy reports the real limit.
    password: z.string().max(PASSWORD_MAX_LENGTH * 8, { error: "password.tooLong" }),
    organisationName: ZOrganisationName,
  }),
);

export type TSignUpInput = z.input<typeof ZSignUpInput>;
