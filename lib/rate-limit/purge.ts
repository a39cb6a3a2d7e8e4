import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { RATE_LIMITS, rateLimitRule, type RateLimitName } from "./limits";
import { idleBucketCutoff } from "./window";

const PURGE_EVERY_MS = 60 * 60 * 1000;

// Deletes the counters that can no longer limit anything (idleBucketCutoff), except a lock still
// running; without it the table would keep a row for every client address and email ever seen.
export async function purgeIdleRateLimitBuckets(options: { now?: Date } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const windowsMs = [
    env().LOCKOUT_MINUTES * 60_000,
    ...(Object.keys(RATE_LIMITS) as RateLimitName[]).map((name) => rateLimitRule(name).windowSeconds * 1000),
  ];
  const prisma = await db();
  const { count } = await prisma.rateLimitBucket.deleteMany({
    where: { updatedAt: { lt: idleBucketCutoff({ windowsMs, now }) }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
  });
  return count;
}

// Started once per server process (lib/bootstrap.ts): now, then hourly. Every instance may run it;
// the delete is the same whoever runs it. A failure is logged and retried at the next hour.
export function startRateLimitPurge(): void {
  const run = () =>
    purgeIdleRateLimitBuckets()
      .then((count) => {
        if (count > 0) logger.info({ count }, "purged idle rate-limit counters");
      })
      .catch((error: unknown) => logger.warn({ err: error }, "purging idle rate-limit counters failed"));
  void run();
  setInterval(run, PURGE_EVERY_MS).unref();
}
