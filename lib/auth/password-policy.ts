import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";
import { AppError } from "@/lib/errors";
import { checkPasswordShape, type PasswordProblem } from "./password-rules";

// About 49,000 common and breached passwords ship with the app (from @zxcvbn-ts/language-common).
const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  (dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()),
);

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  // "password2024!" is as guessable as "password": also try without trailing digits and symbols.
  const stem = lower.replace(/[\d\W_]+$/u, "");
  return COMMON_PASSWORDS.has(lower) || (stem.length >= 4 && COMMON_PASSWORDS.has(stem));
}

export function checkPassword(options: { password: string; email?: string }): PasswordProblem[] {
  const problems = checkPasswordShape(options);
  if (problems.includes("tooShort") || problems.includes("tooLong")) return problems;
  return isCommonPassword(options.password) ? ["common", ...problems] : problems;
}

// The server-side gate every password passes before it is hashed.
export function assertAcceptablePassword(options: { password: string; email: string }): void {
  const problems = checkPassword(options);
  if (problems.length > 0) {
    throw new AppError({
      code: "BAD_INPUT",
      messageKey: "badInput",
      fieldErrors: { password: problems.map((p) => `password.${p}`) },
    });
  }
}
