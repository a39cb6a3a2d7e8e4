import "server-only";
import { getDatabase } from "@/lib/db/client";
import { seedDemoIfEmpty } from "@/lib/demo/seed-demo";
import { shouldSeedDemo } from "@/lib/env";
import { logger } from "@/lib/log";

// Runs once when a server process starts (instrumentation.ts): migrate, then seed the demo.
export async function bootstrap(): Promise<void> {
  const database = await getDatabase();
  if (shouldSeedDemo() && (await seedDemoIfEmpty(database))) logger.info("seeded the demo organisation");
  logger.info({ database: database.raw.kind }, "database ready");
}
