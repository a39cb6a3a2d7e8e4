import { randomUUID } from "node:crypto";

// An id chosen before the row is written, for rows whose encrypted columns are bound to their id.
// Ids are opaque strings; Prisma's cuid() makes the others.
export function newRowId(): string {
  return randomUUID().replaceAll("-", "");
}
