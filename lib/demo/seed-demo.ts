import "server-only";
import { hashPassword } from "@/lib/auth/password-hash";
import type { Database } from "@/lib/db/client";
import { DEMO_ORGANISATION, DEMO_PASSWORD, DEMO_USERS } from "./demo-accounts";

// Runs only on an empty database, so it never touches real data.
export async function seedDemoIfEmpty(database: Database): Promise<boolean> {
  const { prisma } = database;
  if ((await prisma.organisation.count()) > 0 || (await prisma.user.count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await prisma.$transaction(async (tx) => {
    const organisation = await tx.organisation.create({ data: { name: DEMO_ORGANISATION } });
    for (const demoUser of DEMO_USERS) {
      const user = await tx.user.create({ data: { email: demoUser.email, name: demoUser.name, passwordHash } });
      await tx.membership.create({ data: { userId: user.id, organisationId: organisation.id, role: demoUser.role } });
    }
  });
  return true;
}
