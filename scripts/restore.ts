// `npm run restore -- --in file [--force]`: restores a backup into DATABASE_URL (or the embedded
// database), which must be empty unless --force. Needs BACKUP_PASSPHRASE and the data keys
// (DATA_ENCRYPTION_KEYS) of the instance that made the backup.
import { readFileSync } from "node:fs";
import { checkPassphrase } from "../lib/backup/archive-cipher";
import { restoreBackup } from "../lib/backup/restore-backup";
import { configuredKeyring } from "../lib/crypto/configured-keyring";
import { openDatabase } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { env } from "../lib/env";
import { cliOptions } from "./backup-cli";

const { file, force } = cliOptions({ usage: "BACKUP_PASSPHRASE=… npm run restore -- --in <file> [--force]", file: "in" });
try {
  const passphrase = checkPassphrase(env().BACKUP_PASSPHRASE);
  const archive = readFileSync(file);
  const database = await openDatabase();
  try {
    await migrate(database);
    const result = await restoreBackup({ database, archive, passphrase, keyring: configuredKeyring(), force });
    const rows = result.tables.reduce((sum, table) => sum + table.count, 0);
    console.log(`Restored ${rows} rows into ${result.tables.length} tables from ${file}.`);
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(`Restore failed; no data was written: ${(error as Error).message}`);
  process.exitCode = 1;
}
