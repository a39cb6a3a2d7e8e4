import { createRequire } from "node:module";
import { createTranslator } from "next-intl";
import type { CurrentUser } from "@/lib/auth/session";
import messages from "@/content/messages/en.json";

// Stand-ins for what Next.js provides around a server action or route handler (the session, the
// request's translations, cookies and headers, the router cache), so that tests can call the real
// actions and route handlers in-process. Install them with vi.mock in the test file:
//   vi.mock("@/lib/auth/session", async () => (await import("../support/next-request-stubs")).sessionModule);
//   vi.mock("next-intl/server", async () => (await import("../support/next-request-stubs")).intlServerModule);
//   vi.mock("next/headers", async () => (await import("../support/next-request-stubs")).headersModule);
//   vi.mock("next/cache", async () => (await import("../support/next-request-stubs")).cacheModule);

export type Actor = { id: string; email: string; name: string };

let current: CurrentUser | null = null;

// Who the next calls run as; null: signed out.
export function actAs(actor: Actor | null): void {
  current = actor ? { ...actor, sessionId: "test-session" } : null;
}

export const sessionModule = {
  getCurrentUser: async () => current,
  // A stubbed session is always fully signed in (past any second factor).
  getSignedInSession: async () => (current ? { ...current, stage: "active" as const } : null),
  requireUser: async () => {
    if (!current) throw new Error("NEXT_REDIRECT: /sign-in");
    return current;
  },
};

type Catalog = Parameters<typeof createTranslator>[0]["messages"];

export const intlServerModule = {
  getTranslations: async (namespace?: string) =>
    createTranslator({ locale: "en", messages: messages as unknown as Catalog, namespace: namespace as never }),
  getLocale: async () => "en",
};

export const headersModule = {
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
  headers: async () => new Headers({ "accept-language": "en" }),
};

export const cacheModule = {
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
  refresh: () => undefined,
};

// Packages loaded as CommonJS (next-auth) require next/headers themselves, past vi.mock: their
// copy in the require cache gets the same stand-ins.
export function stubNextHeadersForCommonJs(): void {
  const require = createRequire(import.meta.url);
  require("next/headers");
  const cached = require.cache[require.resolve("next/headers")];
  if (cached) cached.exports = { ...headersModule };
}
