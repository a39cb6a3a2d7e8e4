import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { RaciMatrix, RaciRole } from "./rules";

// The assessment's RACI matrix as the pure rules take it: rowKey -> actorId -> role.
export async function loadRaciMatrix(client: Prisma.TransactionClient, assessmentId: string): Promise<RaciMatrix> {
  const cells = await client.raciCell.findMany({
    where: { assessmentId },
    select: { rowKey: true, actorId: true, role: true },
  });
  const matrix: Record<string, Record<string, RaciRole>> = {};
  for (const cell of cells) (matrix[cell.rowKey] ??= {})[cell.actorId] = cell.role;
  return matrix;
}
