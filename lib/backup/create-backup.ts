import { gzipSync } from "node:zlib";
import type { RawDatabase } from "@/lib/db/raw";
import { encryptArchive } from "./archive-cipher";
import { BACKUP_FORMAT, rowsChecksum, type TBackupPayload } from "./backup-manifest";
import { appliedMigrations, tablesInDependencyOrder } from "./table-order";

// A logical dump of every app table (row_to_json, so every type round-trips exactly on PGlite and
// PostgreSQL alike), read in one repeatable-read snapshot, gzipped and encrypted. Encrypted columns
// stay sealed with the data keys: restoring needs the passphrase and the same DATA_ENCRYPTION_KEYS.
export async function createBackup(options: { database: RawDatabase; passphrase: string }): Promise<{ archive: Buffer; manifest: TBackupPayload["manifest"] }> {
  const { database } = options;
  const payload = await database.withLock(BACKUP_LOCK_KEY, async (session) => {
    await session.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
      const tables = await tablesInDependencyOrder(session);
      const rows: Record<string, string[]> = {};
      for (const table of tables) {
        const result = await session.query<{ row: string }>(`SELECT row_to_json(t)::text AS "row" FROM "${table}" t ORDER BY 1`);
        rows[table] = result.map((r) => r.row);
      }
      const manifest: TBackupPayload["manifest"] = {
        format: BACKUP_FORMAT,
        createdAt: new Date().toISOString(),
        database: database.kind,
        migrations: await appliedMigrations(session),
        tables: tables.map((name) => ({ name, count: rows[name]!.length, sha256: rowsChecksum(rows[name]!) })),
      };
      return { manifest, rows } satisfies TBackupPayload;
    } finally {
      await session.exec("COMMIT");
    }
  });
  const archive = encryptArchive({ plaintext: gzipSync(Buffer.from(JSON.stringify(payload), "utf8")), passphrase: options.passphrase });
  return { archive, manifest: payload.manifest };
}

// Backup and restore of one database never run at the same time.
export const BACKUP_LOCK_KEY = 72707370;
