import { actAs, type Actor } from "../support/next-request-stubs";
import type { RouteHandler } from "./discover";
import type { RouteCase } from "./route-cases";

export const ORIGIN = "http://layerwise.test";

// A route's URL with its dynamic segments filled in: [id] by one value, [...rest] by several.
export function routeUrl(route: string, params: Record<string, string | string[]>): string {
  const filled = route.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => {
    const value = params[name];
    return Array.isArray(value) ? value.map(encodeURIComponent).join("/") : encodeURIComponent(value ?? "");
  });
  return `${ORIGIN}${filled}`;
}

// Calls a route handler in-process as Next would: a same-origin request, signed in as `actor`
// (session routes) or carrying `token` (the REST API).
export async function callRoute(options: {
  key: string;
  handler: RouteHandler;
  routeCase: RouteCase;
  params: Record<string, string | string[]>;
  body?: { body: BodyInit; contentType?: string };
  actor?: Actor | null;
  token?: string;
}): Promise<Response> {
  const [method, route] = options.key.split(" ") as [string, string];
  const headers = new Headers({ origin: ORIGIN, host: "layerwise.test" });
  if (options.body?.contentType) headers.set("content-type", options.body.contentType);
  if (options.token !== undefined) headers.set("authorization", `Bearer ${options.token}`);
  actAs(options.actor ?? null);
  const request = new Request(routeUrl(route, options.params), { method, headers, body: options.body?.body });
  return options.handler(request, { params: Promise.resolve(options.params) });
}
