import fc from "fast-check";
import type { z } from "zod";
import { foreignId, hostilePayload, hostileString, hostileValue } from "./hostile-values";

export type HostileRequest = {
  params: Record<string, string | string[]>;
  body?: { body: BodyInit; contentType?: string };
  query?: string;
  // Replaces the caller's bearer token.
  authorization?: string;
};

// Builders for malformed requests: each one is refused by construction (a path segment that is
// hostile or not the victim's, a body its schema refuses, a token that is not one), so none of
// them may write.
export class HostileKit {
  constructor(private readonly outsiderIds: string[]) {}

  // One to all of `keys` replaced by hostile strings or foreign ids; the others as given.
  params(valid: Record<string, string>, keys: string[] = Object.keys(valid)): fc.Arbitrary<Record<string, string>> {
    const segment = fc.oneof(hostileString.filter((s) => s !== ""), foreignId(this.outsiderIds));
    return fc
      .tuple(fc.subarray(keys, { minLength: 1 }), fc.array(segment, { minLength: keys.length, maxLength: keys.length }))
      .map(([chosen, values]) => ({ ...valid, ...Object.fromEntries(chosen.map((k) => [k, values[keys.indexOf(k)]!])) }));
  }

  // JSON bodies the schema refuses (any hostile variation when there is no schema: the route
  // writes nothing either way), bodies that are not JSON at all, and JSON of the wrong shape.
  jsonBody(valid: Record<string, unknown>, schema?: z.ZodType): fc.Arbitrary<{ body: BodyInit; contentType?: string }> {
    // Judged as the server will see it: JSON turns dates, big integers and the like into strings.
    const refused = hostilePayload(valid, this.outsiderIds)
      .map(safeStringify)
      .filter((text) => !schema?.safeParse(parseOrUndefined(text)).success);
    return fc.oneof(
      refused.map((text) => ({ body: text, contentType: "application/json" })),
      fc
        .tuple(hostileString, fc.constantFrom("application/json", "text/plain", "multipart/form-data; boundary=x"))
        .map(([body, contentType]) => ({ body, contentType })),
      fc.anything().map((v) => ({ body: safeStringify([v]), contentType: "application/json" })),
    );
  }

  // Bearer values that are not a valid token.
  authorization(): fc.Arbitrary<string> {
    return fc.oneof(
      hostileString.map((s) => `Bearer ${s}`),
      fc.stringMatching(/^lw_[A-Za-z0-9_-]{10,60}$/).map((s) => `Bearer ${s}`),
      hostileString,
      fc.constant(""),
    );
  }

  value(): fc.Arbitrary<unknown> {
    return hostileValue(this.outsiderIds);
  }

  query(): fc.Arbitrary<string> {
    return fc.array(fc.tuple(hostileString, hostileString), { maxLength: 3 }).map((pairs) => new URLSearchParams(pairs).toString());
  }
}

// JSON.stringify that survives what fast-check makes (BigInt, cycles-free but odd objects).
function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)) ?? "null";
  } catch {
    return "{";
  }
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
