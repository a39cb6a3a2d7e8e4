import { AppError } from "@/lib/errors";

// The code field's own message, so the form shows it beside the input.
export function codeError(key: "mfa.codeInvalid" | "mfa.codeReplayed"): AppError {
  return new AppError({ code: "BAD_INPUT", messageKey: "badInput", fieldErrors: { code: [key] } });
}
