import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { consumeRateLimit, enforceRateLimit } from "@/lib/rate-limit/consume";
import { rateLimitRule } from "@/lib/rate-limit/limits";
import { purgeIdleRateLimitBuckets } from "@/lib/rate-limit/purge";
import { createTestDatabase } from "../support/test-database";

// The verify limit at its default: 30 hits per minute per client.
describe("rate limits in the database", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    // Buckets are keyed with the auth secret, which a shared database requires to be configured.
    vi.stubEnv("AUTH_SECRET", "rate-limit-test-secret-of-32-characters!");
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.dispose();
    vi.unstubAllEnvs();
  });

  it("allows the maximum within a window, then refuses with the time left", async () => {
    const { max } = rateLimitRule("verify");
    const start = new Date("2026-11-23T12:00:00Z");
    for (let i = 0; i < max; i++) {
      expect(await consumeRateLimit({ name: "verify", subject: "198.51.100.1", now: start })).toEqual({
        allowed: true,
      });
    }
    const later = new Date(start.getTime() + 20_000);
    expect(await consumeRateLimit({ name: "verify", subject: "198.51.100.1", now: later })).toEqual({
      allowed: false,
      retryAfterSeconds: 40,
    });
    // Another client, or the same client under another limit, has its own count.
    expect(await consumeRateLimit({ name: "verify", subject: "198.51.100.2", now: later })).toEqual({ allowed: true });
    expect(await consumeRateLimit({ name: "signUp", subject: "198.51.100.1", now: later })).toEqual({ allowed: true });
  });

  it("starts a new window once the old one has ended", async () => {
    const { max } = rateLimitRule("verify");
    const start = new Date("2026-11-23T13:00:00Z");
    for (let i = 0; i <= max; i++) await consumeRateLimit({ name: "verify", subject: "198.51.100.3", now: start });
    const nextWindow = new Date(start.getTime() + 60_000);
    expect(await consumeRateLimit({ name: "verify", subject: "198.51.100.3", now: nextWindow })).toEqual({
      allowed: true,
    });
    const [bucket] = await database.prisma.$queryRaw<{ count: number; windowStart: Date }[]>`
      SELECT "count", "windowStart" FROM "RateLimitBucket" WHERE "updatedAt" = ${nextWindow}`;
    expect(bucket).toEqual({ count: 1, windowStart: nextWindow });
  });

  it("counts concurrent hits exactly: no more than the maximum get through", async () => {
    const { max } = rateLimitRule("verify");
    const now = new Date("2026-11-23T14:00:00Z");
    const decisions = await Promise.all(
      Array.from({ length: max + 15 }, () => consumeRateLimit({ name: "verify", subject: "198.51.100.4", now })),
    );
    expect(decisions.filter((d) => d.allowed)).toHaveLength(max);
  });

  it("keeps no raw address or email, only keyed hashes", async () => {
    await consumeRateLimit({ name: "signInEmail", subject: "someone@example.org" });
    const keys = (await database.prisma.rateLimitBucket.findMany({ select: { key: true } })).map((b) => b.key);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key).not.toMatch(/198\.51\.100|someone|example\.org/);
      expect(key).toMatch(/^rate:\w+:[\w-]{43}$/);
    }
  });

  it("refuses with a RATE_LIMITED error carrying the wait, for forms and Retry-After", async () => {
    const { max } = rateLimitRule("signUp");
    for (let i = 0; i < max; i++) await enforceRateLimit({ name: "signUp", subject: "203.0.113.9" });
    const error = await enforceRateLimit({ name: "signUp", subject: "203.0.113.9" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("RATE_LIMITED");
    expect((error as AppError).details?.retryAfterSeconds).toBeGreaterThan(3500);
    expect((error as AppError).values.minutes).toBe(60);
  });

  it("purges counters idle longer than every window, but not a lock still running", async () => {
    const now = new Date("2026-12-01T12:00:00Z");
    const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
    await database.prisma.rateLimitBucket.createMany({
      data: [
        { key: "purge:idle", count: 3, windowStart: hoursAgo(30), updatedAt: hoursAgo(30) },
        { key: "purge:recent", count: 3, windowStart: hoursAgo(2), updatedAt: hoursAgo(2) },
        { key: "purge:locked", count: 0, windowStart: hoursAgo(30), updatedAt: hoursAgo(30), lockedUntil: new Date(now.getTime() + 60_000) },
        { key: "purge:lock-ended", count: 0, windowStart: hoursAgo(30), updatedAt: hoursAgo(30), lockedUntil: hoursAgo(29) },
      ],
    });
    // The other cases' counters (written at their own instants, all long before `now`) go too.
    expect(await purgeIdleRateLimitBuckets({ now })).toBeGreaterThanOrEqual(2);
    const left = await database.prisma.rateLimitBucket.findMany({ where: { key: { startsWith: "purge:" } }, select: { key: true } });
    expect(left.map((b) => b.key).sort()).toEqual(["purge:locked", "purge:recent"]);
  });
});
