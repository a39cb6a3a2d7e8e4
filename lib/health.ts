import "server-only";
import { getDatabase } from "@/lib/db/client";
import { logger } from "@/lib/log";

export async function checkHealth(): Promise<boolean> {
  try {
    const { raw } = await getDatabase();
    await raw.query("SELECT 1");
    return true;
  } catch (error) {
    logger.warn({ err: error }, "health check failed");
    return false;
  }
}
