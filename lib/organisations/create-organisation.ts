import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import type { TCreateOrganisationInput } from "./schema";

export async function createOrganisation(options: {
  userId: string;
  input: TCreateOrganisationInput;
}): Promise<{ id: string }> {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const organisation = await tx.organisation.create({ data: { name: options.input.name.trim() } });
    await tx.membership.create({ data: { userId: options.userId, organisationId: organisation.id, role: "ADMIN" } });
    await recordAuditEvent(tx, {
      organisationId: organisation.id,
      actorUserId: options.userId,
      action: "organisation.create",
      targetType: "organisation",
      targetId: organisation.id,
      summary: { nameLength: organisation.name.length },
    });
    return { id: organisation.id };
  });
}
