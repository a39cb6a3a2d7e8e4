// `npm run db:migrate`: apply pending migrations to DATABASE_URL (or the embedded database), encrypt
// values stored before encryption at rest, and exit.
import { encryptPlaintextFields } from "../lib/crypto/reencrypt-fields";
import { migrate } from "../lib/db/migrate";
import { openDatabase } from "../lib/db/client";

const database = await openDatabase();
try {
  const result = await migrate(database);
  console.log(`Migrations applied: ${result.applied.length ? result.applied.join(", ") : "none (up to date)"}`);
  const encrypted = Object.values(await encryptPlaintextFields(database)).reduce((sum, count) => sum + count, 0);
  if (encrypted > 0) console.log(`Encrypted ${encrypted} value(s) stored before encryption at rest.`);
} finally {
  await database.close();
}
