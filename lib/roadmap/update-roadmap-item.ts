import "server-only";
import { sealTextField } from "@/lib/crypto/field-cipher";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { requireAssessmentAccess } from "@/lib/tenancy/assessment-access";
import type { RoadmapStatus } from "./merge-roadmap";
import { lockRoadmap } from "./roadmap-lock";
import type { TUpdateRoadmapItemInput } from "./schema";

export type UpdatedRoadmapItem = {
  id: string;
  organisationId: string;
  assessmentId: string;
  ownerPartyId: string | null;
  dueDate: string | null;
  status: RoadmapStatus;
  notes: string | null;
  updatedAt: string;
};

// The lead edits one item of the plan: owner, due date, status, notes. The item is looked up only
// within an assessment the caller may manage, so another organisation's item is simply not found.
export async function updateRoadmapItem(options: {
  userId: string;
  input: TUpdateRoadmapItemInput;
}): Promise<UpdatedRoadmapItem> {
  const { input } = options;
  const { assessment } = await requireAssessmentAccess({
    userId: options.userId,
    assessmentId: input.assessmentId,
    permission: "assessment.manage",
  });
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    await lockRoadmap({ tx, assessmentId: assessment.id, mode: "share" });
    const item = await tx.roadmapItem.findFirst({
      where: { id: input.itemId, assessmentId: assessment.id, obsolete: false },
      select: { id: true, practiceId: true, ownerPartyId: true, dueDate: true, status: true, notes: true },
    });
    if (!item) throw notFound("notFound");
    const ownerPartyId = input.ownerPartyId || null;
    if (ownerPartyId) {
      const party = await tx.party.findFirst({
        where: { id: ownerPartyId, assessmentId: assessment.id },
        select: { id: true },
      });
      if (!party) {
        throw new AppError({
          code: "BAD_INPUT",
          messageKey: "badInput",
          fieldErrors: { ownerPartyId: ["roadmap.validation.ownerNotAParty"] },
        });
      }
    }
    const notes = input.notes.trim();
    const updated = await tx.roadmapItem.update({
      where: { id: item.id },
      data: {
        ownerPartyId,
        // A calendar date, kept as midnight UTC so it reads back as the same day everywhere.
        dueDate: input.dueDate ? new Date(`${input.dueDate}T00:00:00.000Z`) : null,
        status: input.status,
        notes: sealTextField({
          table: "RoadmapItem",
          column: "notes",
          row: { assessmentId: assessment.id, practiceId: item.practiceId },
          value: notes || null,
        }),
      },
    });
    // Notes are the lead's words: recorded as changed or not, with their length.
    await recordAuditEvent(tx, {
      organisationId: assessment.organisationId,
      actorUserId: options.userId,
      action: "roadmap.updateItem",
      targetType: "roadmapItem",
      targetId: item.id,
      summary: {
        assessmentId: assessment.id,
        practiceId: item.practiceId,
        before: { ownerPartyId: item.ownerPartyId, dueDate: isoDay(item.dueDate), status: item.status },
        after: { ownerPartyId: updated.ownerPartyId, dueDate: isoDay(updated.dueDate), status: updated.status },
        notesChanged: item.notes !== updated.notes,
        notesLength: updated.notes?.length ?? 0,
      },
    });
    return {
      id: updated.id,
      organisationId: assessment.organisationId,
      assessmentId: assessment.id,
      ownerPartyId: updated.ownerPartyId,
      dueDate: isoDay(updated.dueDate),
      status: updated.status,
      notes: updated.notes,
      updatedAt: updated.updatedAt.toISOString(),
    };
  });
}

function isoDay(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}
