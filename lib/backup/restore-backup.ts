import { gunzipSync } from "node:zlib";
import { ENCRYPTED_TABLES, fieldContext, type EncryptedTable } from "@/lib/crypto/encrypted-fields";
import { openBytes, openText } from "@/lib/crypto/envelope";
import type { Keyring } from "@/lib/crypto/keyring";
import type { RawDatabase, SqlSession } from "@/lib/db/raw";
import { BackupError, decryptArchive } from "./archive-cipher";
import { rowsChecksum, ZBackupPayload, type TBackupPayload } from "./backup-manifest";
import { BACKUP_LOCK_KEY } from "./create-backup";
import { appliedMigrations, tablesInDependencyOrder } from "./table-order";

// Rows per INSERT are bounded by size (evidence files make rows large). A table's reference to
// itself (an assessment's baseline) is checked at the end of each statement, so its rows are few.
const CHUNK_BYTES = 8 * 1024 * 1024;

export type RestoreResult = { tables: Array<{ name: string; count: number }> };

// Everything is checked before the first write: the passphrase and the archive's integrity, the
// manifest's counts and checksums, the migrations (the target must be on exactly the same set), and
// that every encrypted value opens with this instance's data keys. Then, in one transaction, the
// target must be empty (or `force` empties it) and every table is loaded; any failure rolls back.
export async function restoreBackup(options: {
  database: RawDatabase;
  archive: Buffer;
  passphrase: string;
  keyring: Keyring;
  force?: boolean;
}): Promise<RestoreResult> {
  const { database } = options;
  const payload = readPayload(options);
  const { manifest } = payload;
  const migrations = await appliedMigrations(database);
  if (JSON.stringify(migrations) !== JSON.stringify(manifest.migrations)) {
    const missing = manifest.migrations.filter((m) => !migrations.includes(m));
    const extra = migrations.filter((m) => !manifest.migrations.includes(m));
    throw new BackupError(
      `The target database's migrations differ from the backup's (backup only: ${missing.join(", ") || "none"}; target only: ${extra.join(", ") || "none"}). Restore with the Layerwise version that made the backup.`,
    );
  }
  const tables = await tablesInDependencyOrder(database);
  const names = manifest.tables.map((t) => t.name);
  if (JSON.stringify([...tables].sort()) !== JSON.stringify([...names].sort())) {
    throw new BackupError("The backup's tables do not match the target database's tables.");
  }
  checkEncryptedValues({ payload, keyring: options.keyring });

  await database.withLock(BACKUP_LOCK_KEY, async (session) => {
    await session.exec("BEGIN");
    try {
      const occupied = await occupiedTables(session, tables);
      if (occupied.length > 0 && !options.force) {
        throw new BackupError(`The target database is not empty (${occupied.join(", ")}). Restore into an empty database, or pass --force to replace its contents.`);
      }
      // The audit trail is append-only (a trigger refuses DELETE): a forced restore replaces the
      // whole database, trail included, so the trigger is off for this transaction only.
      if (occupied.length > 0) await session.exec(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
      for (const table of [...tables].reverse()) await session.exec(`DELETE FROM "${table}"`);
      if (occupied.length > 0) await session.exec(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`);
      for (const table of tables) await insertRows({ session, table, rows: payload.rows[table]! });
      await session.exec("COMMIT");
    } catch (error) {
      await session.exec("ROLLBACK");
      throw error;
    }
  });
  return { tables: manifest.tables.map(({ name, count }) => ({ name, count })) };
}

function readPayload(options: { archive: Buffer; passphrase: string }): TBackupPayload {
  const plaintext = decryptArchive(options);
  let parsed: unknown;
  try {
    parsed = JSON.parse(gunzipSync(plaintext).toString("utf8"));
  } catch {
    throw new BackupError("The backup archive's contents are damaged.");
  }
  const result = ZBackupPayload.safeParse(parsed);
  if (!result.success) throw new BackupError("The backup archive's manifest is not one this version reads.");
  const payload = result.data;
  const listed = new Set(payload.manifest.tables.map((t) => t.name));
  if (Object.keys(payload.rows).some((name) => !listed.has(name))) throw new BackupError("The backup archive holds a table its manifest does not list.");
  for (const { name, count, sha256 } of payload.manifest.tables) {
    const rows = payload.rows[name];
    if (!rows || rows.length !== count || rowsChecksum(rows) !== sha256) {
      throw new BackupError(`The backup archive's table ${name} does not match its manifest (count or checksum).`);
    }
  }
  return payload;
}

function checkEncryptedValues(options: { payload: TBackupPayload; keyring: Keyring }): void {
  const { payload, keyring } = options;
  for (const [table, spec] of Object.entries(ENCRYPTED_TABLES) as Array<[EncryptedTable, (typeof ENCRYPTED_TABLES)[EncryptedTable]]>) {
    for (const text of payload.rows[table] ?? []) {
      const row = JSON.parse(text) as Record<string, unknown>;
      try {
        for (const column of spec.text) {
          const value = row[column];
          if (typeof value === "string" && value) openText({ keyring, context: fieldContext({ table, column, row }), sealed: value });
        }
        for (const column of spec.bytes) {
          const value = row[column];
          if (typeof value === "string" && value.length > 2) {
            openBytes({ keyring, context: fieldContext({ table, column, row }), sealed: Buffer.from(value.slice(2), "hex") });
          }
        }
      } catch (error) {
        throw new BackupError(`The backup's encrypted data does not open with this instance's DATA_ENCRYPTION_KEYS: ${(error as Error).message}`);
      }
    }
  }
}

async function occupiedTables(session: SqlSession, tables: string[]): Promise<string[]> {
  const occupied: string[] = [];
  for (const table of tables) {
    const [row] = await session.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM "${table}") AS "any"`);
    if (row?.any) occupied.push(table);
  }
  return occupied;
}

async function insertRows(options: { session: SqlSession; table: string; rows: string[] }): Promise<void> {
  const { session, table, rows } = options;
  let chunk: string[] = [];
  let size = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    await session.query(`INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`, [`[${chunk.join(",")}]`]);
    chunk = [];
    size = 0;
  };
  for (const row of rows) {
    if (size + row.length > CHUNK_BYTES) await flush();
    chunk.push(row);
    size += row.length;
  }
  await flush();
}
