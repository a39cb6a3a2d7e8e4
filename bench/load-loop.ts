import { performance } from "node:perf_hooks";

export type LoadResult = { operations: number; errors: number; elapsedMs: number; latenciesMs: number[] };

// Runs `workers` concurrent loops of `operation` until the time is up or the operation budget is
// spent (whichever is given), timing each call. A false (or thrown) result counts as an error.
export async function runLoad(options: {
  workers: number;
  stop: { durationMs: number } | { operations: number };
  operation: (worker: number) => Promise<boolean>;
}): Promise<LoadResult> {
  const { stop } = options;
  const latenciesMs: number[] = [];
  let started = 0;
  let errors = 0;
  const begin = performance.now();
  const deadline = "durationMs" in stop ? begin + stop.durationMs : Number.POSITIVE_INFINITY;
  const budget = "operations" in stop ? stop.operations : Number.POSITIVE_INFINITY;

  async function loop(worker: number): Promise<void> {
    while (started < budget && performance.now() < deadline) {
      started += 1;
      const t0 = performance.now();
      const ok = await options.operation(worker).catch(() => false);
      latenciesMs.push(performance.now() - t0);
      if (!ok) errors += 1;
    }
  }

  await Promise.all(Array.from({ length: options.workers }, (_, worker) => loop(worker)));
  return { operations: latenciesMs.length, errors, elapsedMs: performance.now() - begin, latenciesMs };
}

export function percentile(sortedMs: readonly number[], q: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  return sortedMs[Math.min(sortedMs.length - 1, Math.max(0, Math.ceil(q * sortedMs.length) - 1))] ?? Number.NaN;
}
