import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { requireLeadOfDraft } from "./require-lead";
import type { z } from "zod";
import type { ZCreatePartyInput, ZUpdatePartyInput } from "./schema";

export async function createParty(options: { userId: string; input: z.output<typeof ZCreatePartyInput> }): Promise<{ id: string }> {
  const { assessment } = await requireLeadOfDraft({ userId: options.userId, assessmentId: options.input.assessmentId });
  const prisma = await db();
  const party = await prisma.party.create({
    data: { assessmentId: assessment.id, name: options.input.name, actors: options.input.actors },
  });
  return { id: party.id };
}

export async function updateParty(options: { userId: string; input: z.output<typeof ZUpdatePartyInput> }): Promise<void> {
  const { assessment } = await requireLeadOfDraft({ userId: options.userId, assessmentId: options.input.assessmentId });
  const prisma = await db();
  // Scoped to the assessment the caller may manage: a foreign party id updates nothing.
  const { count } = await prisma.party.updateMany({
    where: { id: options.input.partyId, assessmentId: assessment.id },
    data: { name: options.input.name, actors: options.input.actors },
  });
  if (count === 0) throw notFound("partyNotFound");
}

// Participants go with their party; roadmap items it owned become unassigned (schema: SetNull).
export async function removeParty(options: { userId: string; assessmentId: string; partyId: string }): Promise<void> {
  const { assessment } = await requireLeadOfDraft(options);
  const prisma = await db();
  const { count } = await prisma.party.deleteMany({ where: { id: options.partyId, assessmentId: assessment.id } });
  if (count === 0) throw notFound("partyNotFound");
}
