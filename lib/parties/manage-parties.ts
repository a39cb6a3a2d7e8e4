import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { requireLeadOfDraft } from "./require-lead";
import type { z } from "zod";
import type { ZCreatePartyInput, ZUpdatePartyInput } from "./schema";

export async function createParty(options: {
  userId: string;
  input: z.output<typeof ZCreatePartyInput>;
}): Promise<{ id: string }> {
  const { assessment } = await requireLeadOfDraft({ userId: options.userId, assessmentId: options.input.assessmentId });
  const prisma = await db();
  const party = await prisma.$transaction(async (tx) => {
    const created = await tx.party.create({
      data: { assessmentId: assessment.id, name: options.input.name, actors: options.input.actors },
    });
    await recordAuditEvent(tx, {
      organisationId: assessment.organisationId,
      actorUserId: options.userId,
      action: "party.create",
      targetType: "party",
      targetId: created.id,
      summary: { assessmentId: assessment.id, name: created.name, actors: created.actors },
    });
    return created;
  });
  return { id: party.id };
}

export async function updateParty(options: {
  userId: string;
  input: z.output<typeof ZUpdatePartyInput>;
}): Promise<void> {
  const { assessment } = await requireLeadOfDraft({ userId: options.userId, assessmentId: options.input.assessmentId });
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    // Scoped to the assessment the caller may manage: a foreign party id updates nothing.
    const before = await tx.party.findFirst({ where: { id: options.input.partyId, assessmentId: assessment.id } });
    if (!before) throw notFound("partyNotFound");
    await tx.party.update({
      where: { id: before.id },
      data: { name: options.input.name, actors: options.input.actors },
    });
    await recordAuditEvent(tx, {
      organisationId: assessment.organisationId,
      actorUserId: options.userId,
      action: "party.update",
      targetType: "party",
      targetId: before.id,
      summary: {
        assessmentId: assessment.id,
        before: { name: before.name, actors: before.actors },
        after: { name: options.input.name, actors: options.input.actors },
      },
    });
  });
}

// Participants go with their party; roadmap items it owned become unassigned (schema: SetNull).
export async function removeParty(options: { userId: string; assessmentId: string; partyId: string }): Promise<void> {
  const { assessment } = await requireLeadOfDraft(options);
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    const party = await tx.party.findFirst({ where: { id: options.partyId, assessmentId: assessment.id } });
    if (!party) throw notFound("partyNotFound");
    await tx.party.delete({ where: { id: party.id } });
    await recordAuditEvent(tx, {
      organisationId: assessment.organisationId,
      actorUserId: options.userId,
      action: "party.remove",
      targetType: "party",
      targetId: party.id,
      summary: { assessmentId: assessment.id, name: party.name, actors: party.actors },
    });
  });
}
