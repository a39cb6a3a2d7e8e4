// `npm run db:migrate`: apply pending migrations to DATABASE_URL (or the embedded database) and exit.
import { migrate } from "../lib/db/migrate";
import { openDatabase } from "../lib/db/client";

const database = await openDatabase();
try {
  const result = await migrate(database);
  console.log(`Migrations applied: ${result.applied.length ? result.applied.join(", ") : "none (up to date)"}`);
} finally {
  await database.close();
}
