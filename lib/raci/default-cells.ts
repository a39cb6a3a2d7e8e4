import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { TContentModel } from "@/lib/content/schema";
import { defaultLayerRaci } from "./default-raci";

// A new assessment's RACI: one row per layer, derived from the content's per-practice defaults.
// Per-practice overrides are left for the lead to add where a practice really differs: with one
// per differing practice the layer rows would route almost nothing.
export async function applyDefaultRaci(options: {
  tx: Prisma.TransactionClient;
  assessmentId: string;
  content: TContentModel;
}): Promise<void> {
  const rows = defaultLayerRaci({
    practices: options.content.practices.map((p) => ({ id: p.id, layerId: p.layer, raci: p.raci })),
  });
  const data = Object.entries(rows).flatMap(([rowKey, row]) =>
    Object.entries(row).flatMap(([actorId, role]) => (role ? [{ assessmentId: options.assessmentId, rowKey, actorId, role }] : [])),
  );
  await options.tx.raciCell.createMany({ data });
}
