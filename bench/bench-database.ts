import { createScratchDatabase, type ScratchDatabase } from "../lib/db/scratch-database";

export type BenchDatabase = ScratchDatabase;

export function createBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  return createScratchDatabase({ serverUrl, prefix: "lw_bench" });
}
