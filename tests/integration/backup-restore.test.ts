import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getApiScores } from "@/lib/api/v1/get-scores";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { BackupError } from "@/lib/backup/archive-cipher";
import { createBackup } from "@/lib/backup/create-backup";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { tablesInDependencyOrder } from "@/lib/backup/table-order";
import { storeCurrentContent } from "@/lib/content/snapshot";
import { configuredKeyring } from "@/lib/crypto/configured-keyring";
import { generateKeySpec, parseKeyring } from "@/lib/crypto/keyring";
import { prepareDatabase, setActiveDatabase, type Database } from "@/lib/db/client";
import { openPglite, openPostgres } from "@/lib/db/raw";
import { createScratchDatabase } from "@/lib/db/scratch-database";
import { seedDemoIfEmpty } from "@/lib/demo/seed-demo";
import { getRoadmapPage } from "@/lib/roadmap/queries";
import { SECRETS, seedSensitiveData } from "../support/sensitive-data";
import { createTestDatabase } from "../support/test-database";

const passphrase = "a long backup passphrase for tests";
const serverUrl = process.env.DATABASE_URL;
const source = await createTestDatabase();
const opened: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const close of opened) await close();
  await source.dispose();
});

// An empty, migrated database of the given kind.
async function emptyDatabase(kind: "pglite" | "postgres"): Promise<Database> {
  if (kind === "pglite") {
    const database = await prepareDatabase(await openPglite(null));
    opened.push(() => database.raw.close());
    return database;
  }
  const scratch = await createScratchDatabase({ serverUrl: serverUrl!, prefix: "lw_restore" });
  const database = await prepareDatabase(await openPostgres(scratch.url));
  opened.push(async () => {
    await database.raw.close();
    await scratch.drop();
  });
  return database;
}

// Every row of every app table, as PostgreSQL prints it: scores, roadmap, audit events, ciphertexts.
async function snapshot(database: Database): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of await tablesInDependencyOrder(database.raw)) {
    out[table] = (await database.raw.query<{ row: string }>(`SELECT row_to_json(t)::text AS "row" FROM "${table}" t ORDER BY 1`)).map((r) => r.row);
  }
  return out;
}

async function isEmpty(database: Database): Promise<boolean> {
  return Object.values(await snapshot(database)).every((rows) => rows.length === 0);
}

describe("backup and restore", () => {
  const sourceKind = serverUrl ? "postgres" : "pglite";
  let seeded: Awaited<ReturnType<typeof seedSensitiveData>>;
  let archive: Buffer;
  let expected: Record<string, string[]>;

  beforeAll(async () => {
    await seedDemoIfEmpty(source, await storeCurrentContent(source.prisma));
    seeded = await seedSensitiveData("backup");
    archive = (await createBackup({ database: source.raw, passphrase })).archive;
    expected = await snapshot(source);
  });

  // What a user sees: scores and the roadmap, read through the app from the given database.
  async function appView(database: Database) {
    const { lead, assessmentId } = seeded;
    const principal = { userId: lead.userId, organisationId: lead.organisationId, tokenId: "t", role: "ADMIN" as const };
    setActiveDatabase(database);
    try {
      return {
        scores: await getApiScores({ principal, assessmentId }),
        roadmap: await getRoadmapPage({ userId: lead.userId, organisationId: lead.organisationId, assessmentId }),
        audit: await verifyAuditChain(database.prisma),
        notes: (await database.prisma.answer.findUniqueOrThrow({ where: { assessmentId_practiceId: { assessmentId, practiceId: "NET-1.1" } } })).notes,
      };
    } finally {
      setActiveDatabase(source);
    }
  }

  it(`restores a ${sourceKind} backup into an empty ${sourceKind} database with every row identical, and the same scores and roadmap`, async () => {
    const target = await emptyDatabase(sourceKind);
    const result = await restoreBackup({ database: target.raw, archive, passphrase, keyring: configuredKeyring() });
    expect(result.tables.find((t) => t.name === "Answer")!.count).toBe(expected.Answer!.length);
    expect(await snapshot(target)).toEqual(expected);
    const restored = await appView(target);
    expect(restored).toEqual(await appView(source));
    expect(restored.notes).toBe(SECRETS.notes);
    // The restored audit trail verifies: every chain intact, with its events.
    expect(restored.audit.length).toBeGreaterThan(0);
    expect(restored.audit.every((chain) => chain.ok && chain.events > 0)).toBe(true);
  });

  it("refuses a non-empty target unless forced, and a forced restore replaces its contents", async () => {
    const target = await emptyDatabase(sourceKind);
    await restoreBackup({ database: target.raw, archive, passphrase, keyring: configuredKeyring() });
    await target.raw.query(`UPDATE "Program" SET "name" = 'changed after the backup'`);
    const changed = await snapshot(target);
    await expect(restoreBackup({ database: target.raw, archive, passphrase, keyring: configuredKeyring() })).rejects.toThrow(
      /target database is not empty \(.*Program/,
    );
    expect(await snapshot(target)).toEqual(changed);
    await restoreBackup({ database: target.raw, archive, passphrase, keyring: configuredKeyring(), force: true });
    expect(await snapshot(target)).toEqual(expected);
  });

  it("refuses a wrong passphrase, an altered archive, other data keys and another migration set, writing nothing", async () => {
    const target = await emptyDatabase(sourceKind);
    const attempt = (options: Partial<Parameters<typeof restoreBackup>[0]>) =>
      restoreBackup({ database: target.raw, archive, passphrase, keyring: configuredKeyring(), ...options });
    await expect(attempt({ passphrase: "not the right passphrase" })).rejects.toThrow(/Wrong passphrase/);
    const altered = Buffer.from(archive);
    altered[Math.floor(altered.length / 2)] = altered[Math.floor(altered.length / 2)]! ^ 1;
    await expect(attempt({ archive: altered })).rejects.toThrow(BackupError);
    await expect(attempt({ keyring: parseKeyring(generateKeySpec("other")) })).rejects.toThrow(/does not open with this instance's DATA_ENCRYPTION_KEYS/);
    await target.raw.query(
      `INSERT INTO "_prisma_migrations" ("id","checksum","finished_at","migration_name","applied_steps_count") VALUES ('x', 'x', now(), '29990101000000_future', 1)`,
    );
    await expect(attempt({})).rejects.toThrow(/migrations differ from the backup's \(backup only: none; target only: 29990101000000_future\)/);
    expect(await isEmpty(target)).toBe(true);
  });

  it.runIf(serverUrl)("moves between PostgreSQL and the embedded database both ways with every row identical", async () => {
    const embedded = await emptyDatabase("pglite");
    await restoreBackup({ database: embedded.raw, archive, passphrase, keyring: configuredKeyring() });
    expect(await snapshot(embedded)).toEqual(expected);
    const fromEmbedded = (await createBackup({ database: embedded.raw, passphrase })).archive;
    const server = await emptyDatabase("postgres");
    await restoreBackup({ database: server.raw, archive: fromEmbedded, passphrase, keyring: configuredKeyring() });
    expect(await snapshot(server)).toEqual(expected);
    expect(await appView(server)).toEqual(await appView(source));
  });
});
