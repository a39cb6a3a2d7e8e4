import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { requireOrgAccess } from "@/lib/tenancy/org-access";
import type { TCreateProgramInput } from "./schema";

export async function createProgram(options: { userId: string; input: TCreateProgramInput }): Promise<{ id: string }> {
  const { userId, input } = options;
  await requireOrgAccess({ userId, organisationId: input.organisationId, permission: "programs.write" });
  const prisma = await db();
  const program = await prisma.$transaction(async (tx) => {
    const created = await tx.program.create({
      data: {
        organisationId: input.organisationId,
        name: input.name,
        platform: input.platform,
        description: input.description,
      },
    });
    await recordAuditEvent(tx, {
      organisationId: input.organisationId,
      actorUserId: userId,
      action: "program.create",
      targetType: "program",
      targetId: created.id,
      summary: { platform: input.platform },
    });
    return created;
  });
  return { id: program.id };
}
