import { randomBytes } from "node:crypto";
import pg from "pg";

export type BenchDatabase = { name: string; url: string; drop(): Promise<void> };

// A throwaway database on the server, so a bench never touches real data and leaves nothing behind.
export async function createBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `lw_bench_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
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
