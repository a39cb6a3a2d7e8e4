import "server-only";
import { db } from "@/lib/db/client";
import { requireOrgAccess } from "@/lib/tenancy/org-access";
import type { TCreateProgramInput } from "./schema";

export async function createProgram(options: { userId: string; input: TCreateProgramInput }): Promise<{ id: string }> {
  const { userId, input } = options;
  await requireOrgAccess({ userId, organisationId: input.organisationId, permission: "programs.write" });
  const prisma = await db();
  const program = await prisma.program.create({
    data: { organisationId: input.organisationId, name: input.name, platform: input.platform, description: input.description },
  });
  return { id: program.id };
}
