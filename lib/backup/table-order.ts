import type { SqlSession } from "@/lib/db/raw";

// Tables the database's own triggers write from other tables' rows: a restore rebuilds them as it
// loads those rows, so they are neither saved nor loaded.
export const DERIVED_TABLES: readonly string[] = ["AssessmentLevels", "RoadmapTally"];

// The app's tables (not Prisma's migration log, nor derived tables), parents before children, from
// the foreign keys in the database itself, so tables added by later migrations are included without
// a list to keep.
export async function tablesInDependencyOrder(session: SqlSession): Promise<string[]> {
  const tables = (
    await session.query<{ name: string }>(
      `SELECT tablename AS "name" FROM pg_tables
       WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' AND NOT (tablename = ANY ($1::text[]))
       ORDER BY tablename`,
      [DERIVED_TABLES],
    )
  ).map((row) => row.name);
  const edges = await session.query<{ child: string; parent: string }>(
    `SELECT c.relname AS "child", p.relname AS "parent" FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE k.contype = 'f' AND n.nspname = 'public'`,
  );
  return orderByDependencies({ tables, edges });
}

// Pure: a topological order; a table's reference to itself is left to the single statement that
// inserts all its rows (PostgreSQL checks foreign keys at the end of the statement).
export function orderByDependencies(options: { tables: string[]; edges: Array<{ child: string; parent: string }> }): string[] {
  const parents = new Map(options.tables.map((table) => [table, new Set<string>()]));
  for (const { child, parent } of options.edges) if (child !== parent) parents.get(child)?.add(parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < options.tables.length) {
    const ready = options.tables.find((table) => !placed.has(table) && [...parents.get(table)!].every((p) => placed.has(p)));
    if (!ready) throw new Error("The tables' foreign keys form a cycle; the backup cannot order them.");
    ordered.push(ready);
    placed.add(ready);
  }
  return ordered;
}

export async function appliedMigrations(session: SqlSession): Promise<string[]> {
  const rows = await session.query<{ name: string }>(
    `SELECT migration_name AS "name" FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}
