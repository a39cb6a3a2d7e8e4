import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { tableChecksums } from "../support/table-checksum";
import { actAs, type Actor } from "../support/next-request-stubs";
import { createTestDatabase } from "../support/test-database";
import { ACTION_CASES } from "./action-cases";
import { callRoute } from "./call";
import { coverage, discoverRouteHandlers, discoverServerActions, type RouteHandler } from "./discover";
import { ROUTE_CASES } from "./route-cases";
import { buildWorld, VICTIM_SECRET, type World } from "./world";

vi.mock("@/lib/auth/session", async () => (await import("../support/next-request-stubs")).sessionModule);
vi.mock("next-intl/server", async () => (await import("../support/next-request-stubs")).intlServerModule);
vi.mock("next/headers", async () => (await import("../support/next-request-stubs")).headersModule);
vi.mock("next/cache", async () => (await import("../support/next-request-stubs")).cacheModule);

// Issue 8: for every server action and route handler, a user of another organisation and a guest
// of another assessment are refused, and nothing in the database changes; the victim's own admin,
// making the same call, succeeds (so the refusal is about who asked, not about the input).
const REFUSED_CODES = ["NOT_FOUND", "FORBIDDEN"];
const REFUSED_STATUSES = [401, 403, 404];

type ActionFn = (input: unknown) => Promise<{ ok: boolean; error?: { code: string; message: string } }>;

describe("tenant isolation", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let world: World;
  let actions: Map<string, ActionFn>;
  let inlineActions: string[];
  let routes: Map<string, RouteHandler>;
  const checksum = () => tableChecksums(database.raw);

  beforeAll(async () => {
    database = await createTestDatabase();
    world = await buildWorld(database);
    const discovered = await discoverServerActions();
    actions = new Map(discovered.actions.map((a) => [a.key, a.value as ActionFn]));
    inlineActions = discovered.inline;
    routes = new Map((await discoverRouteHandlers()).map((r) => [r.key, r.value]));
  });
  afterAll(async () => database.dispose());

  it("has a case for every server action in the code, and no server action it cannot enumerate", () => {
    expect(inlineActions, "inline \"use server\" functions: move them into an actions module").toEqual([]);
    expect(coverage([...actions.keys()], Object.keys(ACTION_CASES))).toEqual({ missing: [], stale: [] });
  });

  it("has a case for every route handler in the code", () => {
    expect(coverage([...routes.keys()], Object.keys(ROUTE_CASES))).toEqual({ missing: [], stale: [] });
  });

  it("says why each action or route outside the tenancy checks is outside them", () => {
    for (const c of [...Object.values(ACTION_CASES), ...Object.values(ROUTE_CASES)]) {
      if (c.tenancy !== undefined) expect(c.tenancy.length).toBeGreaterThan(10);
    }
  });

  const actionCases = Object.entries(ACTION_CASES).filter(([, c]) => c.tenancy === undefined);
  it.each(actionCases)("%s: the outsider, the guest and the signed-out are refused; nothing changes", async (key, c) => {
    const action = actions.get(key)!;
    const input = await c.input(world);
    const before = await checksum();
    const callers: Array<[string, Actor | null]> = [
      ["outsider", world.outsider.admin],
      ["guest", world.guest],
      ["signed out", null],
    ];
    for (const [who, actor] of callers) {
      actAs(actor);
      const result = await action(input);
      expect(result.ok, `${who} was let through`).toBe(false);
      const expected = actor ? REFUSED_CODES : ["UNAUTHENTICATED"];
      expect(expected, `${who}: ${result.error?.code} ${result.error?.message}`).toContain(result.error?.code);
      expect(JSON.stringify(result)).not.toContain(VICTIM_SECRET);
    }
    expect(await checksum()).toEqual(before);
    if (typeof c.allowed === "function") {
      actAs(c.allowed(world));
      const result = await action(input);
      expect(result, "the victim's own call should succeed").toMatchObject({ ok: true });
    }
  });

  const routeCases = Object.entries(ROUTE_CASES).filter(([, c]) => c.tenancy === undefined);
  it.each(routeCases)("%s: the outsider and the guest are refused or see only their own; nothing changes", async (key, c) => {
    const handler = routes.get(key)!;
    const params = c.params(world);
    const before = await checksum();
    // A guest has no membership, so no API token: the REST API is closed to them by construction
    // (createApiTokenAction's case shows they cannot make one).
    const callers = c.auth === "token" ? [{ who: "outsider", token: world.outsider.apiToken }] : [
      { who: "outsider", actor: world.outsider.admin },
      { who: "guest", actor: world.guest as Actor },
      { who: "signed out", actor: null },
    ];
    for (const caller of callers) {
      const response = await callRoute({ key, handler, routeCase: c, params, body: c.body?.(world), query: c.query, ...caller });
      const text = await response.text();
      if (c.scoped) expect(response.status, caller.who).toBe(200);
      else expect(REFUSED_STATUSES, `${caller.who}: ${response.status} ${text.slice(0, 200)}`).toContain(response.status);
      for (const secret of [world.victim.assessmentId, world.victim.organisationId, VICTIM_SECRET]) {
        expect(text, `${caller.who} saw the victim's data`).not.toContain(secret);
      }
    }
    expect(await checksum()).toEqual(before);
    const token = c.auth === "token" ? world.victim.apiToken : undefined;
    const own = await callRoute({ key, handler, routeCase: c, params, body: c.body?.(world), query: c.query, actor: world.victim.admin, token });
    expect(own.status, (await own.clone().text()).slice(0, 300)).toBe(c.allowedStatus);
    if (c.scoped) expect(await own.text()).toContain(world.victim.assessmentId);
  });
});
