import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { APP_ERROR_CODES } from "@/lib/errors";
import { actAs } from "../support/next-request-stubs";
import { tableChecksums } from "../support/table-checksum";
import { createTestDatabase } from "../support/test-database";
import { ACTION_CASES } from "./action-cases";
import { coverage, discoverServerActions } from "./discover";
import { hostilePayload } from "./hostile-values";
import { buildWorld, type World } from "./world";

vi.mock("@/lib/auth/session", async () => (await import("../support/next-request-stubs")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/next-request-stubs")).intlServerModule);
vi.mock("next/headers", async () => (await import("../support/next-request-stubs")).headersModule);
vi.mock("next/cache", async () => (await import("../support/next-request-stubs")).cacheModule);

// Issue 8: at least 1,000 malformed payloads per server action (wrong types, huge strings, unicode
// tricks, script tags, SQL fragments, foreign ids), sent as the victim organisation's own admin so
// that they reach as deep as any input can: every one is answered with a typed error (never a
// throw, never INTERNAL), and the database is unchanged afterwards.
export const RUNS = Number(process.env.HOSTILE_RUNS ?? 1000);

type ActionFn = (input: unknown) => Promise<{ ok: boolean; error?: { code: string } }>;

function idKeys(base: Record<string, unknown>): string[] {
  return Object.keys(base).filter((key) => /Id$/.test(key));
}

describe("hostile input to server actions", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let world: World;
  let actions: Map<string, ActionFn>;

  beforeAll(async () => {
    database = await createTestDatabase();
    world = await buildWorld(database);
    actions = new Map((await discoverServerActions()).actions.map((a) => [a.key, a.value as ActionFn]));
  });
  afterAll(async () => database.dispose());

  it("has a case for every server action in the code", () => {
    expect(coverage([...actions.keys()], Object.keys(ACTION_CASES))).toEqual({ missing: [], stale: [] });
  });

  it.each(Object.entries(ACTION_CASES))(`%s: ${RUNS} malformed payloads, all refused with a typed error, nothing written`, async (key, c) => {
    const action = actions.get(key)!;
    const base = (await c.input(world)) as Record<string, unknown>;
    const outsiderIds = [world.outsider.admin.id, world.outsider.organisationId, world.outsider.assessmentId, world.outsider.partyId];
    // Malformed: the schema refuses it, or it names an id that is not the victim's (an empty id is
    // no id: "no owner", not a foreign one).
    const foreign = (payload: Record<string, unknown>) => idKeys(base).some((k) => payload[k] !== base[k] && payload[k] !== "");
    const malformed = (payload: unknown) =>
      !c.schema.safeParse(payload).success || (typeof payload === "object" && payload !== null && foreign(payload as Record<string, unknown>));
    const codes: Record<string, number> = {};
    const before = await tableChecksums(database.raw);
    actAs(world.victim.admin);
    await fc.assert(
      fc.asyncProperty(hostilePayload(base, outsiderIds).filter(malformed), async (payload) => {
        const result = await action(payload);
        codes[result.error?.code ?? "ok"] = (codes[result.error?.code ?? "ok"] ?? 0) + 1;
        expect(result.ok).toBe(false);
        expect(APP_ERROR_CODES).toContain(result.error?.code);
      }),
      { numRuns: RUNS, seed: Number(process.env.HOSTILE_SEED ?? 8) },
    );
    expect(Object.values(codes).reduce((a, b) => a + b, 0)).toBe(RUNS);
    expect(await tableChecksums(database.raw)).toEqual(before);
  }, 300_000);
});
