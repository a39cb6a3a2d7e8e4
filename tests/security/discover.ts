import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
const FILE_DIRECTIVE = /^(?:\s*\/\/[^\n]*\n|\s*\/\*[\s\S]*?\*\/)*\s*["']use server["']/;
const ANY_DIRECTIVE = /["']use server["']/;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

export type Discovered<T> = { key: string; value: T };

// Every server action in the code: each export of each module that starts with "use server",
// keyed "<path without extension>#<export>". Server actions declared inline (a "use server" inside
// a function) cannot be enumerated, so they are reported, to be moved into an actions module.
export async function discoverServerActions(): Promise<{ actions: Array<Discovered<(input: unknown) => Promise<unknown>>>; inline: string[] }> {
  const actions: Array<Discovered<(input: unknown) => Promise<unknown>>> = [];
  const inline: string[] = [];
  for (const file of ["app", "components", "lib"].flatMap(sourceFiles)) {
    const text = readFileSync(path.join(ROOT, file), "utf8");
    if (!ANY_DIRECTIVE.test(text)) continue;
    if (!FILE_DIRECTIVE.test(text)) {
      inline.push(file);
      continue;
    }
    const exported = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value === "function") actions.push({ key: `${file.replace(/\.tsx?$/, "")}#${name}`, value: value as never });
    }
  }
  return { actions, inline };
}

export type RouteHandler = (request: Request, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>;

// Every route handler: each HTTP method exported by each app/**/route.ts, keyed "<METHOD> <path>".
export async function discoverRouteHandlers(): Promise<Array<Discovered<RouteHandler>>> {
  const handlers: Array<Discovered<RouteHandler>> = [];
  for (const file of sourceFiles("app").filter((f) => /(^|\/)route\.tsx?$/.test(f))) {
    const exported = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    const route = "/" + path.dirname(path.relative("app", file)).split(path.sep).filter((s) => !/^\(.*\)$/.test(s)).join("/");
    for (const method of HTTP_METHODS) {
      if (typeof exported[method] === "function") handlers.push({ key: `${method} ${route}`, value: exported[method] as RouteHandler });
    }
  }
  return handlers;
}

// Missing and stale keys between what the code has and what a case table covers.
export function coverage(found: string[], cases: string[]): { missing: string[]; stale: string[] } {
  return { missing: found.filter((k) => !cases.includes(k)).sort(), stale: cases.filter((k) => !found.includes(k)).sort() };
}
