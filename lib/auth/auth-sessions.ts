import "server-only";
import { recordAccountEvent } from "@/lib/audit/record-account-event";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { sessionStage, type SessionStage } from "./session-stage";

// The server-side half of a session: the JWT carries only this record's id, so a session
// ends for real on sign-out, on inactivity and at its absolute lifetime.
const TOUCH_INTERVAL_MS = 60_000;

export type LiveSession = { userId: string; stage: SessionStage };

export async function createAuthSession(userId: string): Promise<string> {
  const prisma = await db();
  const now = Date.now();
  return prisma.$transaction(async (tx) => {
    const session = await tx.authSession.create({
      data: { userId, expiresAt: new Date(now + env().SESSION_IDLE_MINUTES * 60_000) },
    });
    await recordAccountEvent(tx, { userId, action: "auth.signIn" });
    return session.id;
  });
}

// Checked on every request, so enrolling, disabling MFA or an organisation starting to require it
// takes effect on the user's next page, not at their next sign-in.
export async function touchAuthSession(sessionId: string): Promise<LiveSession | null> {
  const prisma = await db();
  const session = await prisma.authSession.findUnique({
    where: { id: sessionId },
    include: {
      user: {
        select: {
          mfaEnabledAt: true,
          memberships: { where: { organisation: { requireMfa: true } }, select: { id: true }, take: 1 },
        },
      },
    },
  });
  const now = new Date();
  if (!session || session.revokedAt || session.expiresAt <= now) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    const idleEnd = now.getTime() + env().SESSION_IDLE_MINUTES * 60_000;
    const absoluteEnd = session.createdAt.getTime() + env().SESSION_MAX_HOURS * 3_600_000;
    await prisma.authSession.update({
      where: { id: sessionId },
      data: { lastSeenAt: now, expiresAt: new Date(Math.min(idleEnd, absoluteEnd)) },
    });
  }
  const stage = sessionStage({
    mfaEnrolled: session.user.mfaEnabledAt !== null,
    mfaPassed: session.mfaPassed,
    organisationRequiresMfa: session.user.memberships.length > 0,
  });
  return { userId: session.userId, stage };
}

export async function markAuthSessionMfaPassed(sessionId: string): Promise<void> {
  const prisma = await db();
  await prisma.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { mfaPassed: true } });
}

// After the second factor the half-signed-in session is replaced by a new one (a new id, so a new
// token): whatever saw the first token cannot ride on the completed sign-in. The new session keeps
// the original sign-in time, so the absolute lifetime still counts from the password step.
// The second factor given is audited with the replacement: a code from the app or a recovery code.
export async function replaceAuthSessionAfterMfa(options: { sessionId: string; method: "totp" | "recoveryCode" }): Promise<string> {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const old = await tx.authSession.update({ where: { id: options.sessionId }, data: { revokedAt: new Date() } });
    const next = await tx.authSession.create({
      data: { userId: old.userId, createdAt: old.createdAt, expiresAt: old.expiresAt, mfaPassed: true },
    });
    await recordAccountEvent(tx, { userId: old.userId, action: "auth.mfaVerify", summary: { method: options.method } });
    return next.id;
  });
}

export async function revokeAuthSession(sessionId: string): Promise<void> {
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    const session = await tx.authSession.findUnique({ where: { id: sessionId }, select: { userId: true } });
    const { count } = await tx.authSession.updateMany({
      where: { id: sessionId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (session && count > 0) await recordAccountEvent(tx, { userId: session.userId, action: "auth.signOut" });
  });
}
