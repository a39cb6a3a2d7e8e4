import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "./password-rules";

export const ZSignInInput = z.object({
  email: z.email({ error: "emailInvalid" }).max(254, { error: "emailInvalid" }),
  password: z.string().min(1, { error: "passwordRequired" }).max(PASSWORD_MAX_LENGTH, { error: "passwordTooLong" }),
});

export type TSignInInput = z.infer<typeof ZSignInInput>;
