import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { recordAccountEvent } from "@/lib/audit/record-account-event";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { emptyLockoutState, lockedUntil, recordFailure, type LockoutState } from "./lockout";
import { normaliseEmail } from "./normalise-email";
import { verifyAgainstDummy, verifyPassword } from "./password-hash";

export type VerifiedUser = { id: string; email: string; name: string };

// Keyed by the email (hashed), not the user: unknown emails lock the same way, so a lock never
// reveals whether an account exists.
function bucketKey(email: string): string {
  return `signin:${createHash("sha256").update(email).digest("hex")}`;
}

export async function verifyCredentials(input: { email: string; password: string }): Promise<VerifiedUser | null> {
  const email = normaliseEmail(input.email);
  const key = bucketKey(email);
  const prisma = await db();
  const now = new Date();
  const policy = { maxAttempts: env().LOCKOUT_MAX_ATTEMPTS, lockMinutes: env().LOCKOUT_MINUTES };

  const bucket = await prisma.rateLimitBucket.findUnique({ where: { key } });
  const state: LockoutState = bucket
    ? { failures: bucket.count, windowStart: bucket.windowStart, lockedUntil: bucket.lockedUntil }
    : emptyLockoutState(now);
  const user = await prisma.user.findUnique({ where: { email } });
  if (lockedUntil(state, now)) {
    await prisma.$transaction((tx) => recordSignInFailure(tx, user?.id ?? null, "locked"));
    throw lockedError(policy.lockMinutes);
  }

  const ok = user?.passwordHash
    ? await verifyPassword({ hash: user.passwordHash, password: input.password })
    : await verifyAgainstDummy(input.password);

  if (ok && user) {
    if (bucket) await prisma.rateLimitBucket.delete({ where: { key } });
    return { id: user.id, email: user.email, name: user.name };
  }
  const next = recordFailure({ state, policy, now });
  const data = { count: next.failures, windowStart: next.windowStart, lockedUntil: next.lockedUntil };
  await prisma.$transaction(async (tx) => {
    await tx.rateLimitBucket.upsert({ where: { key }, create: { key, ...data }, update: data });
    await recordSignInFailure(
      tx,
      user?.id ?? null,
      !user ? "unknownAccount" : next.lockedUntil ? "passwordNowLocked" : "password",
    );
  });
  if (next.lockedUntil) throw lockedError(policy.lockMinutes);
  return null;
}

// A failed sign-in is audited under the account it targeted; one for an email without an account
// goes to the instance chain, without the email.
function recordSignInFailure(tx: Prisma.TransactionClient, userId: string | null, reason: string): Promise<void> {
  return recordAccountEvent(tx, { userId, action: "auth.signInFailed", summary: { reason } });
}

function lockedError(minutes: number): AppError {
  return new AppError({ code: "LOCKED", messageKey: "signInLocked", values: { minutes } });
}
