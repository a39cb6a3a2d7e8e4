import { prepareDatabase, setActiveDatabase, type Database } from "@/lib/db/client";
import { openPglite, openPostgres } from "@/lib/db/raw";
import { createScratchDatabase } from "@/lib/db/scratch-database";
import { getInstanceKey } from "@/lib/signing/instance-key";

// Each test file gets a fresh database: in-memory PGlite by default, or a new database on the
// server named by DATABASE_URL (the CI's second pass), dropped again afterwards.
export async function createTestDatabase(): Promise<Database & { dispose(): Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const database = await prepareDatabase(await openPglite(null));
    setActiveDatabase(database);
    await getInstanceKey(); // as the app's bootstrap does: audit events are signed inside transactions
    return { ...database, dispose: () => closeDatabase(database) };
  }
  const scratch = await createScratchDatabase({ serverUrl, prefix: "lw_test" });
  const database = await prepareDatabase(await openPostgres(scratch.url));
  setActiveDatabase(database);
  await getInstanceKey();
  return {
    ...database,
    async dispose() {
      await closeDatabase(database);
      await scratch.drop();
    },
  };
}

async function closeDatabase(database: Database): Promise<void> {
  await database.prisma.$disconnect();
  await database.raw.close();
}
