import { createHash } from "node:crypto";
import { z } from "zod";

export const BACKUP_FORMAT = 1;

export const ZBackupPayload = z.object({
  manifest: z.object({
    format: z.literal(BACKUP_FORMAT),
    createdAt: z.string(),
    database: z.enum(["pglite", "postgres"]),
    migrations: z.array(z.string()),
    tables: z.array(z.object({ name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), count: z.number().int().nonnegative(), sha256: z.string() })),
  }),
  // Each row as PostgreSQL's row_to_json text, in a stable order.
  rows: z.record(z.string(), z.array(z.string())),
});

export type TBackupPayload = z.infer<typeof ZBackupPayload>;

export function rowsChecksum(rows: readonly string[]): string {
  const hash = createHash("sha256");
  for (const row of rows) hash.update(row).update("\n");
  return hash.digest("hex");
}
