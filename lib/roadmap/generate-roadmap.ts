import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { contentForVersion } from "@/lib/content/snapshot";
import { db } from "@/lib/db/client";
import { requireAssessmentAccess } from "@/lib/tenancy/assessment-access";
import { regenerateRoadmap, type RegeneratedRoadmap } from "./regenerate-roadmap";
import { lockRoadmap } from "./roadmap-lock";
import type { TRegenerateRoadmapInput } from "./schema";

// Interactive transactions default to 5 s; a first generation writes one row per gap.
export const ROADMAP_TX_OPTIONS = { timeout: 20_000, maxWait: 10_000 } as const;

export function roadmapCounts(result: RegeneratedRoadmap) {
  return { created: result.created, kept: result.kept, completed: result.completed, retired: result.retired };
}

// The lead (re)generates the roadmap of a draft or in-review assessment.
export async function generateRoadmap(options: {
  userId: string;
  input: TRegenerateRoadmapInput;
}): Promise<RegeneratedRoadmap & { organisationId: string }> {
  const { assessment } = await requireAssessmentAccess({
    userId: options.userId,
    assessmentId: options.input.assessmentId,
    permission: "assessment.manage",
  });
  const content = await contentForVersion(assessment.contentVersion);
  const prisma = await db();
  const result = await prisma.$transaction(async (tx) => {
    await lockRoadmap({ tx, assessmentId: assessment.id, mode: "update" });
    const regenerated = await regenerateRoadmap({ tx, assessmentId: assessment.id, content });
    await recordAuditEvent(tx, {
      organisationId: assessment.organisationId,
      actorUserId: options.userId,
      action: "roadmap.generate",
      targetType: "roadmap",
      targetId: assessment.id,
      summary: roadmapCounts(regenerated),
    });
    return regenerated;
  }, ROADMAP_TX_OPTIONS);
  return { ...result, organisationId: assessment.organisationId };
}
