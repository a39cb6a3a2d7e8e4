// The password rules that are cheap enough to run in the browser too (ASVS 5.0 V6.2: 12..128
// characters, any characters, no composition rules). The common-password list stays on the server
// (lib/auth/password-policy.ts).
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = "tooShort" | "tooLong" | "common" | "containsEmail" | "repetitive";

export function checkPasswordShape(options: { password: string; email?: string }): PasswordProblem[] {
  const { password, email } = options;
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return ["tooShort"];
  if (length > PASSWORD_MAX_LENGTH) return ["tooLong"];
  const lower = password.toLowerCase();
  const problems: PasswordProblem[] = [];
  const localPart = email?.split("@")[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && lower.includes(localPart)) problems.push("containsEmail");
  if (new Set(lower).size <= 3) problems.push("repetitive");
  return problems;
}
