import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { recordAccountEvent } from "@/lib/audit/record-account-event";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { emptyLockoutState, lockedUntil, recordFailure, type LockoutState } from "./lockout";
import { normaliseEmail } from "./normalise-email";

// Failed passwords and failed second factors share one counter per email, so neither step can be
// guessed at faster than the lockout allows.
// Keyed by the email (hashed), not the user: unknown emails lock the same way, so a lock never
// reveals whether an account exists.
function bucketKey(email: string): string {
  return `signin:${createHash("sha256").update(normaliseEmail(email)).digest("hex")}`;
}

function policy() {
  return { maxAttempts: env().LOCKOUT_MAX_ATTEMPTS, lockMinutes: env().LOCKOUT_MINUTES };
}

async function readState(client: Prisma.TransactionClient, key: string, now: Date): Promise<LockoutState> {
  const bucket = await client.rateLimitBucket.findUnique({ where: { key } });
  return bucket
    ? { failures: bucket.count, windowStart: bucket.windowStart, lockedUntil: bucket.lockedUntil }
    : emptyLockoutState(now);
}

// Which answer was wrong: the password or the second factor.
export type SignInStep = "password" | "mfaCode";

// A refused attempt is audited under the account it targeted (reason "locked"); one for an email
// without an account goes to the instance chain, without the email.
export async function assertSignInNotLocked(options: { email: string; userId: string | null }): Promise<void> {
  const prisma = await db();
  const now = new Date();
  if (!lockedUntil(await readState(prisma, bucketKey(options.email), now), now)) return;
  await prisma.$transaction((tx) => auditSignInFailure(tx, options.userId, "locked"));
  throw lockedError();
}

// Counts the failure and audits it in the caller's transaction. Returns the LOCKED error to throw
// once the transaction has committed when this failure reaches the limit (throwing inside would
// roll the count back).
async function recordSignInFailure(
  tx: Prisma.TransactionClient,
  options: { email: string; userId: string | null; step: SignInStep },
): Promise<AppError | null> {
  const key = bucketKey(options.email);
  const now = new Date();
  const next = recordFailure({ state: await readState(tx, key, now), policy: policy(), now });
  const data = { count: next.failures, windowStart: next.windowStart, lockedUntil: next.lockedUntil };
  await tx.rateLimitBucket.upsert({ where: { key }, create: { key, ...data }, update: data });
  const reason = !options.userId ? "unknownAccount" : next.lockedUntil ? `${options.step}NowLocked` : options.step;
  await auditSignInFailure(tx, options.userId, reason);
  return next.lockedUntil ? lockedError() : null;
}

// Records the failure in its own transaction and throws LOCKED when it reached the limit.
export async function countSignInFailure(options: { email: string; userId: string | null; step: SignInStep }): Promise<void> {
  const locked = await (await db()).$transaction((tx) => recordSignInFailure(tx, options));
  if (locked) throw locked;
}

export async function clearSignInFailures(email: string): Promise<void> {
  await (await db()).rateLimitBucket.deleteMany({ where: { key: bucketKey(email) } });
}

function auditSignInFailure(tx: Prisma.TransactionClient, userId: string | null, reason: string): Promise<void> {
  return recordAccountEvent(tx, { userId, action: "auth.signInFailed", summary: { reason } });
}

function lockedError(): AppError {
  return new AppError({ code: "LOCKED", messageKey: "signInLocked", values: { minutes: env().LOCKOUT_MINUTES } });
}
