import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { createTestDatabase } from "../support/test-database";

describe("migrations", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.dispose());

  it("apply from empty and record each migration with Prisma's checksum", async () => {
    const rows = await database.raw.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const files = readMigrations();
    expect(files.length).toBeGreaterThan(0);
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(files.map((f) => [f.name, f.checksum]));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("is idempotent: a second run applies nothing and changes nothing", async () => {
    const before = await database.raw.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    const result = await migrate(database.raw);
    expect(result.applied).toEqual([]);
    expect(result.alreadyApplied).toEqual(readMigrations().map((m) => m.name));
    const after = await database.raw.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    expect(after).toEqual(before);
  });

  it("refuses to continue when an applied migration was edited", async () => {
    const [first] = readMigrations();
    await database.raw.query(`UPDATE "_prisma_migrations" SET checksum = 'tampered' WHERE migration_name = $1`, [
      first!.name,
    ]);
    await expect(migrate(database.raw)).rejects.toThrow(/was edited after it was applied/);
    await database.raw.query(`UPDATE "_prisma_migrations" SET checksum = $1 WHERE migration_name = $2`, [
      first!.checksum,
      first!.name,
    ]);
  });
});
