import "server-only";
import { replaceAuthSessionAfterMfa, revokeAuthSession } from "@/lib/auth/auth-sessions";
import { assertSignInNotLocked, clearSignInFailures, countSignInFailure } from "@/lib/auth/sign-in-attempts";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { acceptTotp } from "./accept-totp";
import { codeError } from "./mfa-errors";
import { hashRecoveryCode, normaliseRecoveryCode } from "./recovery-codes";

type Outcome = { ok: true; usedRecoveryCode: boolean } | { ok: false; replayed: boolean };

export type MfaChallengePassed = { sessionId: string; recoveryCodesLeft: number | null };

// The second sign-in step. A failure counts against the same lockout as a wrong password; reaching
// the limit also ends this half-signed-in session. Success replaces the session with a new one.
export async function verifyMfaChallenge(options: { userId: string; sessionId: string; code: string }): Promise<MfaChallengePassed> {
  const prisma = await db();
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: options.userId },
    select: { id: true, email: true, mfaSecret: true, mfaEnabledAt: true, mfaLastStep: true },
  });
  if (!user.mfaEnabledAt || !user.mfaSecret) throw new AppError({ code: "CONFLICT", messageKey: "mfaNotEnabled" });
  await assertSignInNotLocked({ email: user.email, userId: user.id }).catch(async (error: unknown) => {
    await revokeAuthSession(options.sessionId);
    throw error;
  });

  const recovery = normaliseRecoveryCode(options.code);
  const outcome: Outcome = recovery
    ? await spendRecoveryCode({ userId: user.id, normalised: recovery })
    : await acceptTotp({ client: prisma, user: { ...user, mfaSecret: user.mfaSecret }, code: options.code }).then((c) =>
        c.ok ? { ok: true, usedRecoveryCode: false } : { ok: false, replayed: c.reason === "replayed" },
      );

  if (!outcome.ok) {
    await countSignInFailure({ email: user.email, userId: user.id, step: "mfaCode" }).catch(async (error: unknown) => {
      await revokeAuthSession(options.sessionId);
      throw error;
    });
    throw codeError(outcome.replayed ? "mfa.codeReplayed" : "mfa.codeInvalid");
  }
  await clearSignInFailures(user.email);
  const sessionId = await replaceAuthSessionAfterMfa({
    sessionId: options.sessionId,
    method: outcome.usedRecoveryCode ? "recoveryCode" : "totp",
  });
  const recoveryCodesLeft = outcome.usedRecoveryCode
    ? await prisma.mfaRecoveryCode.count({ where: { userId: user.id, usedAt: null } })
    : null;
  return { sessionId, recoveryCodesLeft };
}

// Single use, enforced by the conditional update: the same code in two requests succeeds once.
async function spendRecoveryCode(options: { userId: string; normalised: string }): Promise<Outcome> {
  const prisma = await db();
  const { count } = await prisma.mfaRecoveryCode.updateMany({
    where: { userId: options.userId, codeHash: hashRecoveryCode(options.normalised), usedAt: null },
    data: { usedAt: new Date() },
  });
  return count === 1 ? { ok: true, usedRecoveryCode: true } : { ok: false, replayed: false };
}
