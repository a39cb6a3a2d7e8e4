import path from "node:path";
import { mkdirSync } from "node:fs";
import type { PrismaClient } from "@/generated/prisma/client";

type DriverAdapter = NonNullable<ConstructorParameters<typeof PrismaClient>[0]["adapter"]>;

// A raw connection for migrations and schema checks, plus the Prisma adapter for the same database.
export type SqlSession = {
  exec(sql: string): Promise<void>;
  query<T extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
};

export type RawDatabase = SqlSession & {
  kind: "pglite" | "postgres";
  // Runs `fn` on one connection while holding a lock no other app instance can take at the same time.
  withLock<T>(key: number, fn: (session: SqlSession) => Promise<T>): Promise<T>;
  adapter: DriverAdapter;
  close(): Promise<void>;
};

export async function openPostgres(connectionString: string): Promise<RawDatabase> {
  const { Pool } = await import("pg");
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const pool = new Pool({ connectionString, max: 20, idleTimeoutMillis: 30_000 });
  // An idle client that loses its server (restart, failover) must not crash the process.
  pool.on("error", () => undefined);
  return {
    kind: "postgres",
    async exec(sql) {
      await pool.query(sql);
    },
    async query(sql, params) {
      const result = await pool.query(sql, params);
      return result.rows;
    },
    async withLock(key, fn) {
      const client = await pool.connect();
      try {
        await client.query("SELECT pg_advisory_lock($1)", [key]);
        const session: SqlSession = {
          exec: async (sql) => void (await client.query(sql)),
          query: async (sql, params) => (await client.query(sql, params)).rows,
        };
        try {
          return await fn(session);
        } finally {
          await client.query("SELECT pg_advisory_unlock($1)", [key]);
        }
      } finally {
        client.release();
      }
    },
    adapter: new PrismaPg(pool),
    close: () => pool.end(),
  };
}

// dataDir null = in-memory (tests).
export async function openPglite(dataDir: string | null): Promise<RawDatabase> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  let pg;
  if (dataDir) {
    const dir = path.resolve(dataDir, "pglite");
    mkdirSync(dir, { recursive: true });
    pg = await PGlite.create(dir);
  } else {
    pg = await PGlite.create();
  }
  const session: SqlSession = {
    exec: async (sql) => void (await pg.exec(sql)),
    query: async (sql, params) => (await pg.query(sql, params)).rows as never,
  };
  return {
    kind: "pglite",
    ...session,
    // PGlite serves one process; the data directory cannot be opened twice, so the process is the lock.
    withLock: (_key, fn) => fn(session),
    adapter: new PrismaPGlite(pg),
    close: () => pg.close(),
  };
}
