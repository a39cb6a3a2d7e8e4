import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { authOptions } from "./options";

export type CurrentUser = { id: string; email: string; name: string; sessionId: string };

// The session is checked on the server for every page and action (next-auth's jwt callback
// validates the server-side session record on each call).
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await getServerSession(authOptions());
  if (!session?.user) return null;
  const prisma = await db();
  const user = await prisma.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, email: true, name: true },
  });
  return user ? { ...user, sessionId: session.user.sessionId } : null;
}

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}
