import type { SqlSession } from "@/lib/db/raw";

// Columns and tables that change as a side effect of being asked at all, not because anything was
// done: when a token was last used, rate-limit counters. Everything else must stay byte-for-byte.
const BOOKKEEPING: Record<string, string[] | "whole table"> = {
  ApiToken: ["lastUsedAt"],
  AuthSession: ["lastSeenAt"],
  RateLimitBucket: "whole table",
};

export type TableChecksums = Record<string, { rows: number; md5: string }>;

// Row count and an md5 over every row of every application table, in one query, so a test can
// show that a refused request changed nothing anywhere.
export async function tableChecksums(session: SqlSession): Promise<TableChecksums> {
  const tables = await session.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
     ORDER BY table_name`,
  );
  const parts = tables
    .filter(({ table_name }) => BOOKKEEPING[table_name] !== "whole table")
    .map(({ table_name }) => {
      const ignored = BOOKKEEPING[table_name];
      const row = Array.isArray(ignored) ? `(to_jsonb(r) ${ignored.map((c) => `- '${c}'`).join(" ")})::text` : "to_jsonb(r)::text";
      return `SELECT '${table_name}' AS "table", count(*)::int AS "rows",
        md5(coalesce(string_agg(${row}, '|' ORDER BY ${row}), '')) AS "md5" FROM "${table_name}" r`;
    });
  const rows = await session.query<{ table: string; rows: number; md5: string }>(parts.join("\nUNION ALL\n"));
  return Object.fromEntries(rows.map((r) => [r.table, { rows: Number(r.rows), md5: r.md5 }]));
}
