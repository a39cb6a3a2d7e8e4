import "server-only";
import { createHmac } from "node:crypto";
import { headers } from "next/headers";
import { authSecret } from "@/lib/auth/secret";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientAddress } from "./client-address";
import { rateLimitRule, type RateLimitName } from "./limits";
import { decide, windowExpiredBefore, type CountedHit, type RateLimitDecision } from "./window";

// Counts one hit for `subject` under the named limit, in one statement: a window that has ended
// restarts at 1, otherwise the count goes up. Every instance shares the table, so the limit holds
// across instances. Subjects (addresses, emails) are stored only as keyed hashes (seed 003).
export async function consumeRateLimit(options: {
  name: RateLimitName;
  subject: string;
  now?: Date;
}): Promise<RateLimitDecision> {
  const { name, subject, now = new Date() } = options;
  const rule = rateLimitRule(name);
  const key = bucketKey({ name, subject });
  const expired = windowExpiredBefore({ rule, now });
  const prisma = await db();
  const [hit] = await prisma.$queryRaw<CountedHit[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStart", "updatedAt")
    VALUES (${key}, 1, ${now}, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= ${expired} THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= ${expired} THEN ${now} ELSE "RateLimitBucket"."windowStart" END,
      "updatedAt" = ${now}
    RETURNING "count", "windowStart"`;
  if (!hit) throw new Error("rate limit upsert returned no row");
  return decide({ hit: { count: Number(hit.count), windowStart: new Date(hit.windowStart) }, rule, now });
}

export async function enforceRateLimit(options: { name: RateLimitName; subject: string }): Promise<void> {
  const decision = await consumeRateLimit(options);
  if (!decision.allowed) throw rateLimitedError(decision.retryAfterSeconds);
}

// The client of the current request: a route handler passes its Request; a server action or page
// reads the request's headers from Next.
export async function requestClient(request?: Request): Promise<string> {
  const requestHeaders = request ? request.headers : await headers();
  return clientAddress({
    forwardedFor: requestHeaders.get("x-forwarded-for"),
    trustedProxies: env().TRUSTED_PROXIES,
  });
}

export function rateLimitedError(retryAfterSeconds: number): AppError {
  return new AppError({
    code: "RATE_LIMITED",
    messageKey: "rateLimited",
    values: { minutes: Math.ceil(retryAfterSeconds / 60) },
    details: { retryAfterSeconds },
  });
}

function bucketKey(options: { name: RateLimitName; subject: string }): string {
  const digest = createHmac("sha256", authSecret()).update(options.subject).digest("base64url");
  return `rate:${options.name}:${digest}`;
}
