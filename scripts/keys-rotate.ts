// `npm run keys:rotate`: re-encrypts every encrypted value under the current (first) key of
// DATA_ENCRYPTION_KEYS. Safe to stop and run again; afterwards the older keys can be removed.
import { configuredKeyring } from "../lib/crypto/configured-keyring";
import { rotateFields } from "../lib/crypto/reencrypt-fields";
import { openDatabase } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";

const database = await openDatabase();
try {
  await migrate(database);
  const keyring = configuredKeyring();
  const counts = await rotateFields(database, keyring);
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  for (const [field, count] of Object.entries(counts)) if (count > 0) console.log(`  ${field}: ${count}`);
  console.log(`Re-encrypted ${total} value(s); every encrypted value is now under key "${keyring.current.id}".`);
  const others = [...keyring.byId.keys()].filter((id) => id !== keyring.current.id);
  if (others.length > 0) console.log(`Keys no longer needed by this database: ${others.join(", ")}. Remove them from every instance.`);
} catch (error) {
  console.error(`Key rotation stopped: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
