import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword } from "@/lib/auth/password-hash";
import type { TContentModel } from "@/lib/content/schema";
import type { Database } from "@/lib/db/client";
import { DEMO_ORGANISATION, DEMO_PASSWORD, DEMO_USERS } from "./demo-accounts";
import { seedDemoAssessments } from "./seed-demo-assessments";

// Runs only on an empty database, so it never touches real data.
export async function seedDemoIfEmpty(database: Database, content: TContentModel): Promise<boolean> {
  const { prisma } = database;
  if ((await prisma.organisation.count()) > 0 || (await prisma.user.count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids = await prisma.$transaction(async (tx) => {
    const organisation = await tx.organisation.create({ data: { name: DEMO_ORGANISATION } });
    const byRole = new Map<string, string>();
    for (const demoUser of DEMO_USERS) {
      const user = await tx.user.create({ data: { email: demoUser.email, name: demoUser.name, passwordHash } });
      await tx.membership.create({ data: { userId: user.id, organisationId: organisation.id, role: demoUser.role } });
      byRole.set(demoUser.role, user.id);
    }
    await recordAuditEvent(tx, {
      organisationId: organisation.id,
      actorUserId: byRole.get("ADMIN")!,
      action: "organisation.create",
      targetType: "organisation",
      targetId: organisation.id,
      summary: { demo: true, members: DEMO_USERS.length },
    });
    return {
      organisationId: organisation.id,
      adminId: byRole.get("ADMIN")!,
      reviewerId: byRole.get("REVIEWER")!,
      viewerId: byRole.get("VIEWER")!,
    };
  });
  await seedDemoAssessments({ ...ids, content });
  return true;
}
