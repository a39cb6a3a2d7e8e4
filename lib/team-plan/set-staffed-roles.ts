import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { contentForVersion } from "@/lib/content/snapshot";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { requireAssessmentAccess } from "@/lib/tenancy/assessment-access";
import type { TSetStaffedRolesInput } from "./schema";

// The lead says which team roles the assessment's program has staffed. Staffing belongs to the
// program, not to one assessment, so it can change whatever the assessment's status. The ids
// offered are the team roles of the assessment's pinned content; ids stored earlier that this
// content does not know (another content version's roles) are kept, not silently dropped.
export async function setStaffedRoles(options: {
  userId: string;
  input: TSetStaffedRolesInput;
}): Promise<{ organisationId: string; programId: string; staffedRoles: string[] }> {
  const { input } = options;
  const { assessment } = await requireAssessmentAccess({
    userId: options.userId,
    assessmentId: input.assessmentId,
    permission: "programs.write",
  });
  const content = await contentForVersion(assessment.contentVersion);
  const known = content.teamRoles.map((role) => role.id);
  const unknown = input.staffedRoles.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    throw new AppError({
      code: "BAD_INPUT",
      messageKey: "badInput",
      fieldErrors: { staffedRoles: ["teamPlan.validation.unknownRole"] },
      details: { unknownRoles: unknown },
    });
  }
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const program = await tx.program.findFirst({
      where: { id: assessment.programId, organisationId: assessment.organisationId },
      select: { id: true, staffedRoles: true },
    });
    if (!program) throw notFound("programNotFound");
    const chosen = new Set(input.staffedRoles);
    const staffedRoles = [
      ...known.filter((id) => chosen.has(id)),
      ...program.staffedRoles.filter((id) => !known.includes(id)),
    ];
    await tx.program.update({ where: { id: program.id }, data: { staffedRoles } });
    await recordAuditEvent(tx, {
      organisationId: assessment.organisationId,
      actorUserId: options.userId,
      action: "program.staffingChange",
      targetType: "program",
      targetId: program.id,
      summary: { before: program.staffedRoles, after: staffedRoles },
    });
    return { organisationId: assessment.organisationId, programId: program.id, staffedRoles };
  });
}
