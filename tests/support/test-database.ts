import { randomBytes } from "node:crypto";
import pg from "pg";
import { prepareDatabase, setActiveDatabase, type Database } from "@/lib/db/client";
import { openPglite, openPostgres } from "@/lib/db/raw";

// Each test file gets a fresh database: in-memory PGlite by default, or a new database on the
// server named by DATABASE_URL (the CI's second pass), dropped again afterwards.
export async function createTestDatabase(): Promise<Database & { dispose(): Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const database = await prepareDatabase(await openPglite(null));
    setActiveDatabase(database);
    return { ...database, dispose: () => closeDatabase(database) };
  }
  const name = `lw_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await prepareDatabase(await openPostgres(url.toString()));
  setActiveDatabase(database);
  return {
    ...database,
    async dispose() {
      await closeDatabase(database);
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function closeDatabase(database: Database): Promise<void> {
  await database.prisma.$disconnect();
  await database.raw.close();
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
