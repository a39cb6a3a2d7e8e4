import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { contentForVersion } from "@/lib/content/snapshot";
import { db } from "@/lib/db/client";
import { requireAssessmentAccess } from "@/lib/tenancy/assessment-access";
import { ROADMAP_TX_OPTIONS, roadmapCounts } from "./generate-roadmap";
import { phaseRuleFromSettings } from "./phase-rule-settings";
import { regenerateRoadmap, type RegeneratedRoadmap } from "./regenerate-roadmap";
import { lockRoadmap } from "./roadmap-lock";
import type { TSetPhaseRuleInput } from "./schema";

// The lead chooses how gaps are phased; the roadmap is regenerated with the new rule at once, so
// the page never shows phases from a rule that is no longer set.
export async function setPhaseRule(options: {
  userId: string;
  input: TSetPhaseRuleInput;
}): Promise<RegeneratedRoadmap & { organisationId: string }> {
  const { input } = options;
  const { assessment } = await requireAssessmentAccess({
    userId: options.userId,
    assessmentId: input.assessmentId,
    permission: "assessment.manage",
  });
  const content = await contentForVersion(assessment.contentVersion);
  const rule = phaseRuleFromSettings({ baseline: input.baseline, escalation: input.escalation });
  const prisma = await db();
  const result = await prisma.$transaction(async (tx) => {
    await lockRoadmap({ tx, assessmentId: assessment.id, mode: "update" });
    await tx.assessment.update({
      where: { id: assessment.id },
      data: { roadmapPhaseRule: rule as unknown as Prisma.InputJsonObject },
    });
    const regenerated = await regenerateRoadmap({ tx, assessmentId: assessment.id, content });
    await recordAuditEvent(tx, {
      organisationId: assessment.organisationId,
      actorUserId: options.userId,
      action: "roadmap.setPhaseRule",
      targetType: "roadmap",
      targetId: assessment.id,
      summary: { baseline: input.baseline, escalation: input.escalation, ...roadmapCounts(regenerated) },
    });
    return regenerated;
  }, ROADMAP_TX_OPTIONS);
  return { ...result, organisationId: assessment.organisationId };
}
