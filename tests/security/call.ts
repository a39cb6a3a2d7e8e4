import { NextRequest } from "next/server";
import { actAs, type Actor } from "../support/next-request-stubs";
import type { RouteHandler } from "./discover";
import type { RouteCase } from "./route-cases";

export const ORIGIN = "http://layerwise.test";

// A route's URL with its dynamic segments filled in: [id] by one value, [...rest] by several.
export function routeUrl(route: string, params: Record<string, string | string[]>): string {
  const filled = route.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => {
    const value = params[name];
    return Array.isArray(value) ? value.map(encodeSegment).join("/") : encodeSegment(value ?? "");
  });
  return `${ORIGIN}${filled}`;
}

// A lone surrogate cannot be percent-encoded; the handler still gets the raw value in its params.
const encodeSegment = (value: string) => encodeURIComponent(value.toWellFormed());

// Header values are bytes: what a client could send of a string is its UTF-8, read as Latin-1,
// without the line breaks and NULs that would end the header.
const headerValue = (value: string) => Buffer.from(value, "utf8").toString("latin1").replace(/[\r\n\0]/g, "");

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
  // A raw Authorization header instead of `token`.
  authorization?: string;
  query?: string;
}): Promise<Response> {
  const [method, route] = options.key.split(" ") as [string, string];
  const headers = new Headers({ origin: ORIGIN, host: "layerwise.test" });
  if (options.body?.contentType) headers.set("content-type", options.body.contentType);
  if (options.authorization !== undefined) headers.set("authorization", headerValue(options.authorization));
  else if (options.token !== undefined) headers.set("authorization", `Bearer ${options.token}`);
  actAs(options.actor ?? null);
  const url = routeUrl(route, options.params) + (options.query ? `?${options.query}` : "");
  const request = new NextRequest(url, { method, headers, body: options.body?.body });
  return options.handler(request, { params: Promise.resolve(options.params) });
}
