import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { authOptions } from "./options";
import type { SessionStage } from "./session-stage";

export type CurrentUser = { id: string; email: string; name: string; sessionId: string };
export type SignedInSession = CurrentUser & { stage: SessionStage };

// The session is checked on the server for every page and action (next-auth's jwt callback
// validates the server-side session record, and works out its stage, on each call).
export async function getSignedInSession(): Promise<SignedInSession | null> {
  const session = await getServerSession(authOptions());
  if (!session?.user) return null;
  const prisma = await db();
  const user = await prisma.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, email: true, name: true },
  });
  return user ? { ...user, sessionId: session.user.sessionId, stage: session.user.stage } : null;
}

// Only a session past every sign-in step is a user: one waiting for its second factor, or for
// the enrolment its organisation requires, is signed out to every page, action and route but those.
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await getSignedInSession();
  if (!session || session.stage !== "active") return null;
  return asUser(session);
}

export async function requireUser(): Promise<CurrentUser> {
  const session = await getSignedInSession();
  if (!session) redirect("/sign-in");
  if (session.stage === "mfa-pending") redirect("/mfa");
  if (session.stage === "mfa-enrolment") redirect(MFA_ENROLMENT_PATH);
  return asUser(session);
}

export const MFA_ENROLMENT_PATH = "/account/security";

function asUser(session: SignedInSession): CurrentUser {
  return { id: session.id, email: session.email, name: session.name, sessionId: session.sessionId };
}
