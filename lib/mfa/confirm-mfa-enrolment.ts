import "server-only";
import { recordAccountEvent } from "@/lib/audit/record-account-event";
import { markAuthSessionMfaPassed } from "@/lib/auth/auth-sessions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { acceptTotp } from "./accept-totp";
import { codeError } from "./mfa-errors";
import { generateRecoveryCodes, hashRecoveryCode, normaliseRecoveryCode } from "./recovery-codes";

// A code from the new seed proves the app holds it. Only then is MFA on, and the recovery codes
// are returned: this is the one time they are ever shown.
export async function confirmMfaEnrolment(options: { userId: string; sessionId: string; code: string }): Promise<{ recoveryCodes: string[] }> {
  const prisma = await db();
  const recoveryCodes = generateRecoveryCodes();
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: options.userId },
      select: { id: true, mfaSecret: true, mfaEnabledAt: true, mfaLastStep: true },
    });
    if (user.mfaEnabledAt) throw new AppError({ code: "CONFLICT", messageKey: "mfaAlreadyEnabled" });
    if (!user.mfaSecret) throw new AppError({ code: "CONFLICT", messageKey: "mfaEnrolmentNotStarted" });
    const check = await acceptTotp({ client: tx, user: { ...user, mfaSecret: user.mfaSecret }, code: options.code });
    if (!check.ok) throw codeError(check.reason === "replayed" ? "mfa.codeReplayed" : "mfa.codeInvalid");
    await tx.user.update({ where: { id: user.id }, data: { mfaEnabledAt: new Date() } });
    await tx.mfaRecoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.mfaRecoveryCode.createMany({
      data: recoveryCodes.map((code) => ({ userId: user.id, codeHash: hashRecoveryCode(normaliseRecoveryCode(code)!) })),
    });
    await recordAccountEvent(tx, { userId: user.id, action: "auth.mfaEnrol" });
  });
  // This session has just shown the second factor; the user's other sessions now have to.
  await markAuthSessionMfaPassed(options.sessionId);
  return { recoveryCodes };
}
