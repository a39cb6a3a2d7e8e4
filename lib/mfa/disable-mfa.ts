import "server-only";
import { recordAccountEvent } from "@/lib/audit/record-account-event";
import { verifyPassword } from "@/lib/auth/password-hash";
import { countSignInFailure } from "@/lib/auth/sign-in-attempts";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { acceptTotp } from "./accept-totp";
import { codeError } from "./mfa-errors";

// Turning MFA off needs the password and a current code, so a borrowed session is not enough.
// Accounts without a password (single sign-on only) give the code alone. Wrong answers count
// against the sign-in lockout. A member of an organisation that requires MFA cannot turn it off.
// Every other session of the user ends with it: a factor removed is a moment to sign out elsewhere.
export async function disableMfa(options: { userId: string; sessionId: string; password: string; code: string }): Promise<void> {
  const prisma = await db();
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: options.userId },
    select: {
      id: true,
      email: true,
      passwordHash: true,
      mfaSecret: true,
      mfaEnabledAt: true,
      mfaLastStep: true,
      memberships: { where: { organisation: { requireMfa: true } }, select: { id: true }, take: 1 },
    },
  });
  if (!user.mfaEnabledAt || !user.mfaSecret) throw new AppError({ code: "CONFLICT", messageKey: "mfaNotEnabled" });
  if (user.memberships.length > 0) throw new AppError({ code: "FORBIDDEN", messageKey: "mfaRequiredByOrganisation" });

  if (user.passwordHash && !(await verifyPassword({ hash: user.passwordHash, password: options.password }))) {
    await countSignInFailure({ email: user.email, userId: user.id, step: "password" });
    throw new AppError({ code: "BAD_INPUT", messageKey: "badInput", fieldErrors: { password: ["mfa.passwordWrong"] } });
  }
  const check = await acceptTotp({ client: prisma, user: { ...user, mfaSecret: user.mfaSecret }, code: options.code });
  if (!check.ok) {
    await countSignInFailure({ email: user.email, userId: user.id, step: "mfaCode" });
    throw codeError(check.reason === "replayed" ? "mfa.codeReplayed" : "mfa.codeInvalid");
  }
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { mfaSecret: null, mfaEnabledAt: null, mfaLastStep: null } });
    await tx.mfaRecoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.authSession.updateMany({
      where: { userId: user.id, id: { not: options.sessionId }, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await recordAccountEvent(tx, { userId: user.id, action: "auth.mfaDisable" });
  });
}
