import "server-only";
import { storeCurrentContent } from "@/lib/content/snapshot";
import { getDatabase } from "@/lib/db/client";
import { seedDemoIfEmpty } from "@/lib/demo/seed-demo";
import { shouldSeedDemo } from "@/lib/env";
import { logger } from "@/lib/log";

// Runs once when a server process starts (instrumentation.ts): migrate, check and store the
// content version, then seed the demo. Invalid content stops the start with every problem listed.
export async function bootstrap(): Promise<void> {
  const database = await getDatabase();
  const content = await storeCurrentContent(database.prisma);
  if (shouldSeedDemo() && (await seedDemoIfEmpty(database, content))) logger.info("seeded the demo organisation");
  logger.info({ database: database.raw.kind }, "database ready");
}
