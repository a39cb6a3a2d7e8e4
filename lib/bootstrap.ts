import "server-only";
import { storeCurrentContent } from "@/lib/content/snapshot";
import { getDatabase } from "@/lib/db/client";
import { seedDemoIfEmpty } from "@/lib/demo/seed-demo";
import { shouldSeedDemo } from "@/lib/env";
import { logger } from "@/lib/log";
import { getInstanceKey } from "@/lib/signing/instance-key";

// Runs once when a server process starts (instrumentation.ts): migrate, check and store the
// content version, load (or create) the signing key, then seed the demo. Invalid content
// or an unusable SIGNING_PRIVATE_KEY stops the start.
export async function bootstrap(): Promise<void> {
  const database = await getDatabase();
  // Loaded before anything is written: audit events are signed inside transactions, and PGlite's
  // single connection cannot load the key while one is open.
  const signingKey = await getInstanceKey();
  logger.info({ keyId: signingKey.keyId, source: signingKey.source }, "signing key ready");
  const content = await storeCurrentContent(database.prisma);
  if (shouldSeedDemo() && (await seedDemoIfEmpty(database, content))) logger.info("seeded the demo organisation");
  logger.info({ database: database.raw.kind }, "database ready");
}
