import "server-only";
import { storeCurrentContent } from "@/lib/content/snapshot";
import { configuredKeyring } from "@/lib/crypto/configured-keyring";
import { getDatabase } from "@/lib/db/client";
import { seedDemoIfEmpty } from "@/lib/demo/seed-demo";
import { shouldSeedDemo } from "@/lib/env";
import { logger } from "@/lib/log";
import { startRateLimitPurge } from "@/lib/rate-limit/purge";
import { startRenderPool } from "@/lib/reports/pdf/render-pool";
import { getInstanceKey } from "@/lib/signing/instance-key";

// Runs once when a server process starts (instrumentation.ts): load the data encryption keys,
// migrate, load (or create) the signing key, check and store the content version, seed the demo,
// start the PDF render workers and the hourly purge of idle rate-limit counters. Missing or malformed DATA_ENCRYPTION_KEYS (required with
// DATABASE_URL), invalid content or an unusable SIGNING_PRIVATE_KEY stops the start.
export async function bootstrap(): Promise<void> {
  const keyring = configuredKeyring();
  logger.info({ keyId: keyring.current.id, keys: keyring.byId.size }, "data encryption keys ready");
  const database = await getDatabase();
  // Loaded before anything is written: audit events are signed inside transactions, and PGlite's
  // single connection cannot load the key while one is open.
  const signingKey = await getInstanceKey();
  logger.info({ keyId: signingKey.keyId, source: signingKey.source }, "signing key ready");
  const content = await storeCurrentContent(database.prisma);
  if (shouldSeedDemo() && (await seedDemoIfEmpty(database, content))) logger.info("seeded the demo organisation");
  logger.info({ database: database.raw.kind }, "database ready");
  startRenderPool();
  startRateLimitPurge();
}
