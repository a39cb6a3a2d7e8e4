import { randomBytes } from "node:crypto";
import pg from "pg";

export type ScratchDatabase = { name: string; url: string; drop(): Promise<void> };

// A throwaway database on a PostgreSQL server, for tests and benchmarks: it never touches real
// data and is dropped afterwards.
export async function createScratchDatabase(options: { serverUrl: string; prefix: string }): Promise<ScratchDatabase> {
  const name = `${options.prefix}_${randomBytes(6).toString("hex")}`;
  await adminQuery(options.serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(options.serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => adminQuery(options.serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
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
