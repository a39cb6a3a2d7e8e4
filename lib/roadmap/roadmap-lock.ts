import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors";

const LOCKED_STATUSES = new Set(["APPROVED", "ARCHIVED"]);

export function isRoadmapLocked(status: string): boolean {
  return LOCKED_STATUSES.has(status);
}

// Takes the assessment's row lock for the rest of the transaction and refuses a locked roadmap.
// "update" (regeneration) serialises with every other roadmap write; "share" (an item edit) lets
// edits run side by side but waits for a regeneration or a status change, so an edit can never
// land on an assessment that was approved meanwhile, nor be merged against a stale plan.
export async function lockRoadmap(options: {
  tx: Prisma.TransactionClient;
  assessmentId: string;
  mode: "update" | "share";
}): Promise<void> {
  const { tx, assessmentId } = options;
  const rows =
    options.mode === "update"
      ? await tx.$queryRaw<Array<{ status: string }>>`
          SELECT "status"::text AS "status" FROM "Assessment" WHERE "id" = ${assessmentId} FOR UPDATE`
      : await tx.$queryRaw<Array<{ status: string }>>`
          SELECT "status"::text AS "status" FROM "Assessment" WHERE "id" = ${assessmentId} FOR SHARE`;
  const status = rows[0]?.status;
  if (!status) throw notFound("assessmentNotFound");
  if (isRoadmapLocked(status)) throw new AppError({ code: "LOCKED", messageKey: "roadmapLocked", values: { status } });
}
