import "server-only";
import { recordAccountEvent } from "@/lib/audit/record-account-event";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

// The server-side half of a session: the JWT carries only this record's id, so a session
// ends for real on sign-out, on inactivity and at its absolute lifetime.
const TOUCH_INTERVAL_MS = 60_000;

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

export async function touchAuthSession(sessionId: string): Promise<{ userId: string } | null> {
  const prisma = await db();
  const session = await prisma.authSession.findUnique({ where: { id: sessionId } });
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
  return { userId: session.userId };
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
