import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { createProgram } from "@/lib/programs/create-program";
import { createAccount } from "../support/factories";
import { createTestDatabase } from "../support/test-database";

// Someone with direct database access drops the append-only trigger and changes the audit table;
// verification must still name the first broken link. Each case tampers with its own
// organisation's chain of 5 events (sign-up, then 4 programs).
describe("audit chain tampering", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.dispose());

  async function organisationWithFiveEvents(): Promise<string> {
    const account = await createAccount("tamper");
    for (let i = 1; i <= 4; i++) {
      await createProgram({
        userId: account.userId,
        input: { organisationId: account.organisationId, name: `P${i}`, platform: "DIGIT", description: "" },
      });
    }
    const [result] = await verifyAuditChain(database.prisma, account.organisationId);
    expect(result).toMatchObject({ ok: true, events: 5, brokenLink: null });
    return account.organisationId;
  }

  const sql = (text: string, params: unknown[]) => database.raw.query(text, params);
  const eventId = async (chain: string, seq: number) =>
    (await database.prisma.auditEvent.findUniqueOrThrow({ where: { chain_seq: { chain, seq } } })).id;

  const cases: Array<{
    name: string;
    tamper: (chain: string) => Promise<void>;
    expected: (chain: string) => Promise<object>;
  }> = [
    {
      name: "an edited summary",
      tamper: (chain) =>
        sql(`UPDATE "AuditEvent" SET "summary" = '{"platform":"MOSIP"}' WHERE "chain" = $1 AND "seq" = 3`, [
          chain,
        ]).then(() => undefined),
      expected: async (chain) => ({ seq: 3, reason: "hash", eventId: await eventId(chain, 3) }),
    },
    {
      name: "an edited actor",
      tamper: (chain) =>
        sql(`UPDATE "AuditEvent" SET "actorUserId" = 'someone-else' WHERE "chain" = $1 AND "seq" = 2`, [chain]).then(
          () => undefined,
        ),
      expected: async (chain) => ({ seq: 2, reason: "hash", eventId: await eventId(chain, 2) }),
    },
    {
      name: "an edited time",
      tamper: (chain) =>
        sql(`UPDATE "AuditEvent" SET "createdAt" = "createdAt" - interval '1 day' WHERE "chain" = $1 AND "seq" = 4`, [
          chain,
        ]).then(() => undefined),
      expected: async (chain) => ({ seq: 4, reason: "hash", eventId: await eventId(chain, 4) }),
    },
    {
      name: "a deleted event",
      tamper: (chain) =>
        sql(`DELETE FROM "AuditEvent" WHERE "chain" = $1 AND "seq" = 3`, [chain]).then(() => undefined),
      expected: async () => ({ seq: 3, reason: "missing", eventId: null }),
    },
    {
      name: "a deleted newest event",
      tamper: (chain) =>
        sql(`DELETE FROM "AuditEvent" WHERE "chain" = $1 AND "seq" = 5`, [chain]).then(() => undefined),
      expected: async () => ({ seq: 5, reason: "missing", eventId: null }),
    },
    {
      name: "two events whose order was swapped",
      tamper: async (chain) => {
        await sql(`UPDATE "AuditEvent" SET "seq" = -1 WHERE "chain" = $1 AND "seq" = 2`, [chain]);
        await sql(`UPDATE "AuditEvent" SET "seq" = 2 WHERE "chain" = $1 AND "seq" = 3`, [chain]);
        await sql(`UPDATE "AuditEvent" SET "seq" = 3 WHERE "chain" = $1 AND "seq" = -1`, [chain]);
      },
      // The event now at seq 2 was written as seq 3: it does not link to seq 1.
      expected: async (chain) => ({ seq: 2, reason: "prev-hash", eventId: await eventId(chain, 2) }),
    },
  ];

  it("detects every single-row edit, deletion and reordering at the first broken link", async () => {
    const chains = [];
    for (let i = 0; i < cases.length; i++) chains.push(await organisationWithFiveEvents());
    const untouched = await organisationWithFiveEvents();

    await database.raw.exec(`DROP TRIGGER "AuditEvent_append_only" ON "AuditEvent"`);
    for (const [i, testCase] of cases.entries()) await testCase.tamper(chains[i]!);

    for (const [i, testCase] of cases.entries()) {
      const [result] = await verifyAuditChain(database.prisma, chains[i]!);
      expect({ case: testCase.name, ok: result!.ok, brokenLink: result!.brokenLink }).toEqual({
        case: testCase.name,
        ok: false,
        brokenLink: await testCase.expected(chains[i]!),
      });
    }
    // One pass over every chain reports the same, and leaves the untouched organisation intact.
    const all = await verifyAuditChain(database.prisma);
    expect(
      all
        .filter((r) => !r.ok)
        .map((r) => r.chain)
        .sort(),
    ).toEqual([...chains].sort());
    expect(all.find((r) => r.chain === untouched)).toMatchObject({ ok: true, events: 5 });
  });
});
