import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TContentModel } from "@/lib/content/schema";
import { notFound } from "@/lib/errors";
import { defaultOwnerFor } from "./default-owner";
import { mergeRoadmap } from "./merge-roadmap";
import { loadRoadmapInputs } from "./roadmap-inputs";

export type RegeneratedRoadmap = {
  generatedAt: Date;
  created: number;
  kept: number;
  completed: number;
  // Items that became obsolete in this run (their gap closed before the work was marked done).
  retired: number;
};

// Rebuilds the assessment's gap roadmap from its answers, targets, RACI and phase rule, and merges
// it into the stored items (lib/roadmap/merge-roadmap.ts): edits on items that still apply are
// kept, closed gaps become completed (DONE) or obsolete, new gaps get items with a default owner.
// No authorisation and no status check: callers decide (the lead's action refuses locked
// assessments; approval regenerates as it locks). Run it inside the caller's transaction.
export async function regenerateRoadmap(options: {
  tx: Prisma.TransactionClient;
  assessmentId: string;
  content: TContentModel;
}): Promise<RegeneratedRoadmap> {
  const { tx, assessmentId, content } = options;
  // Two regenerations at once would both create the same items: the second waits for the first.
  const locked = await tx.$queryRaw<Array<{ roadmapPhaseRule: unknown }>>`
    SELECT "roadmapPhaseRule" FROM "Assessment" WHERE "id" = ${assessmentId} FOR UPDATE`;
  const assessment = locked[0];
  if (!assessment) throw notFound("assessmentNotFound");

  const { roadmap, matrix } = await loadRoadmapInputs({
    client: tx,
    assessmentId,
    content,
    storedPhaseRule: assessment.roadmapPhaseRule,
  });
  const [existing, parties] = await Promise.all([
    tx.roadmapItem.findMany({
      where: { assessmentId },
      orderBy: [{ phase: "asc" }, { position: "asc" }, { createdAt: "asc" }],
      select: { id: true, practiceId: true, status: true, obsolete: true, phase: true, position: true },
    }),
    tx.party.findMany({
      where: { assessmentId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, actors: true },
    }),
  ]);
  const merge = mergeRoadmap({ existing, generated: roadmap.items });

  for (const { existing: item, generated } of merge.keep) {
    if (item.phase === generated.phase && item.position === generated.position && !item.obsolete) continue;
    await tx.roadmapItem.update({
      where: { id: item.id },
      data: { phase: generated.phase, position: generated.position, obsolete: false },
    });
  }
  // Completed work keeps its phase and follows the open plan, in its previous order.
  for (const [index, item] of merge.completed.entries()) {
    const position = roadmap.items.length + index + 1;
    if (item.position !== position) await tx.roadmapItem.update({ where: { id: item.id }, data: { position } });
  }
  const retire = merge.obsolete.filter((item) => !item.obsolete).map((item) => item.id);
  if (retire.length > 0) await tx.roadmapItem.updateMany({ where: { id: { in: retire } }, data: { obsolete: true } });
  if (merge.create.length > 0) {
    await tx.roadmapItem.createMany({
      data: merge.create.map((item) => ({
        assessmentId,
        practiceId: item.practiceId,
        layerId: item.layerId,
        phase: item.phase,
        position: item.position,
        ownerPartyId: defaultOwnerFor({ parties, matrix, practiceId: item.practiceId, layerId: item.layerId }),
      })),
    });
  }

  const generatedAt = new Date();
  await tx.assessment.update({ where: { id: assessmentId }, data: { roadmapGeneratedAt: generatedAt } });
  return {
    generatedAt,
    created: merge.create.length,
    kept: merge.keep.length,
    completed: merge.completed.length,
    retired: retire.length,
  };
}
