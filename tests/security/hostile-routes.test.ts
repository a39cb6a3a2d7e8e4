import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { tableChecksums } from "../support/table-checksum";
import { stubNextHeadersForCommonJs } from "../support/next-request-stubs";
import { createTestDatabase } from "../support/test-database";
import { callRoute } from "./call";
import { coverage, discoverRouteHandlers, type RouteHandler } from "./discover";
import { HostileKit } from "./hostile-requests";
import { ROUTE_CASES } from "./route-cases";
import { buildWorld, type World } from "./world";

// next-auth's handler needs a signing secret; on PostgreSQL (DATABASE_URL set) none is generated.
vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "hostile-input-suite-secret-0123456789abcdef";
});
vi.mock("@/lib/auth/session", async () => (await import("../support/next-request-stubs")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/next-request-stubs")).intlServerModule);
vi.mock("next/headers", async () => (await import("../support/next-request-stubs")).headersModule);
vi.mock("next/cache", async () => (await import("../support/next-request-stubs")).cacheModule);

// Issue 8: at least 1,000 malformed requests per route handler, made with the victim's own token or
// session so they reach as deep as any request can: no 5xx, no stack trace, nothing written.
const RUNS = Number(process.env.HOSTILE_RUNS ?? 1000);

describe("hostile input to route handlers", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let world: World;
  let routes: Map<string, RouteHandler>;

  beforeAll(async () => {
    stubNextHeadersForCommonJs();
    database = await createTestDatabase();
    world = await buildWorld(database);
    routes = new Map((await discoverRouteHandlers()).map((r) => [r.key, r.value]));
  });
  afterAll(async () => database.dispose());

  it("has a case for every route handler in the code", () => {
    expect(coverage([...routes.keys()], Object.keys(ROUTE_CASES))).toEqual({ missing: [], stale: [] });
  });

  it.each(Object.entries(ROUTE_CASES))(`%s: ${RUNS} malformed requests, no 5xx, nothing written`, async (key, c) => {
    const handler = routes.get(key)!;
    const kit = new HostileKit([world.outsider.admin.id, world.outsider.organisationId, world.outsider.assessmentId, world.outsider.partyId]);
    const statuses: Record<number, number> = {};
    const before = await tableChecksums(database.raw);
    await fc.assert(
      fc.asyncProperty(c.hostile(kit, world), async (hostile) => {
        const response = await callRoute({
          key,
          handler,
          routeCase: c,
          ...hostile,
          actor: c.auth === "session" ? world.victim.admin : null,
          token: c.auth === "token" ? world.victim.apiToken : undefined,
        });
        const text = await response.text();
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        expect(response.status, text.slice(0, 300)).toBeLessThan(500);
        expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
      }),
      { numRuns: RUNS, seed: Number(process.env.HOSTILE_SEED ?? 8) },
    );
    expect(Object.values(statuses).reduce((a, b) => a + b, 0)).toBe(RUNS);
    expect(await tableChecksums(database.raw)).toEqual(before);
  }, 300_000);
});
