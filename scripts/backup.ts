// `npm run backup -- --out file`: an encrypted logical backup of DATABASE_URL (or the embedded
// database), protected by BACKUP_PASSPHRASE.
import { writeFileSync } from "node:fs";
import { checkPassphrase } from "../lib/backup/archive-cipher";
import { createBackup } from "../lib/backup/create-backup";
import { openDatabase } from "../lib/db/client";
import { env } from "../lib/env";
import { cliOptions } from "./backup-cli";

const { file } = cliOptions({ usage: "BACKUP_PASSPHRASE=… npm run backup -- --out <file>", file: "out" });
try {
  const passphrase = checkPassphrase(env().BACKUP_PASSPHRASE);
  const database = await openDatabase();
  try {
    const { archive, manifest } = await createBackup({ database, passphrase });
    writeFileSync(file, archive, { mode: 0o600, flag: "wx" });
    const rows = manifest.tables.reduce((sum, table) => sum + table.count, 0);
    console.log(`Backup written to ${file}: ${manifest.tables.length} tables, ${rows} rows, ${manifest.migrations.length} migrations.`);
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
