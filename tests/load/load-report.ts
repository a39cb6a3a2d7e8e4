import { availableParallelism } from "node:os";
import { percentile } from "../../bench/load-loop";
import type { PhaseResult } from "./assessor-clients";
import type { AcknowledgedCheck } from "./verify-acknowledged";

export const RECOVERY_LIMIT_MS = 5_000;
// What a client may see while the database restarts: both say "try again", neither corrupts.
const RETRYABLE = new Set(["200", "409", "503"]);

type Restart = { startedAt: number; backAt: number };
type Outcome = { steady: PhaseResult; fault: PhaseResult; restart: Restart; check: AcknowledgedCheck };

// From PostgreSQL accepting connections again to the first acknowledged save after it.
export function recoveryMs(fault: PhaseResult, restart: Restart): number {
  const first = fault.timeline.find((entry) => entry.ok && entry.at >= restart.backAt);
  return first ? first.at - restart.backAt : Number.POSITIVE_INFINITY;
}

// From the restart command to the first acknowledged save after the first failed one.
function outageMs(fault: PhaseResult, restart: Restart): number {
  const firstFailure = fault.timeline.find((entry) => !entry.ok && entry.at >= restart.startedAt);
  if (!firstFailure) return 0;
  const firstAck = fault.timeline.find((entry) => entry.ok && entry.at >= firstFailure.at);
  return firstAck ? firstAck.at - restart.startedAt : Number.POSITIVE_INFINITY;
}

export function judge({ steady, fault, restart, check }: Outcome): string[] {
  const failures: string[] = [];
  const steadyErrors = Object.entries(steady.outcomes).filter(([status]) => status !== "200");
  if (steadyErrors.length > 0) failures.push(`steady phase had errors: ${JSON.stringify(Object.fromEntries(steadyErrors))}`);
  const unretryable = Object.entries(fault.outcomes).filter(([status]) => !RETRYABLE.has(status));
  if (unretryable.length > 0) failures.push(`fault phase had non-retryable answers: ${JSON.stringify(Object.fromEntries(unretryable))}`);
  for (const phase of [steady, fault]) {
    if (phase.unavailableWithoutRetryAfter > 0) failures.push(`${phase.unavailableWithoutRetryAfter} answers of 503 without Retry-After`);
    if (phase.malformedErrorBodies > 0) failures.push(`${phase.malformedErrorBodies} 5xx answers without the JSON error shape`);
  }
  const recovery = recoveryMs(fault, restart);
  if (!(recovery <= RECOVERY_LIMIT_MS)) failures.push(`recovery took ${recovery.toFixed(0)} ms (limit ${RECOVERY_LIMIT_MS} ms)`);
  if (check.lost.length > 0) failures.push(`${check.lost.length} acknowledged saves are not in the database: ${JSON.stringify(check.lost.slice(0, 5))}`);
  return failures;
}

export function printLoadReport(options: Outcome & { clients: number }): void {
  const { steady, fault, restart, check } = options;
  const row = (label: string, phase: PhaseResult) => {
    const sorted = [...phase.latenciesMs].sort((a, b) => a - b);
    const seconds = phase.elapsedMs / 1000;
    return [
      label,
      String(phase.latenciesMs.length),
      (phase.latenciesMs.length / seconds).toFixed(1),
      percentile(sorted, 0.5).toFixed(1),
      percentile(sorted, 0.95).toFixed(1),
      percentile(sorted, 0.99).toFixed(1),
      seconds.toFixed(1),
      Object.entries(phase.outcomes)
        .map(([status, count]) => `${status}: ${count}`)
        .join(", "),
    ];
  };
  const header = ["phase", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "time s", "answers by status"];
  const lines = [header, row("steady", steady), row("fault", fault)];
  const widths = header.map((_, c) => Math.max(...lines.map((l) => l[c]!.length)));
  console.log(`\nAnswer saves, ${options.clients} concurrent assessors, ${availableParallelism()} CPUs shared by clients, server and PostgreSQL`);
  for (const line of lines) console.log(line.map((cell, c) => (c === 0 || c === 7 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  "));
  console.log(`\nPostgreSQL restart (pg_ctl restart -m fast): ${(restart.backAt - restart.startedAt).toFixed(0)} ms`);
  console.log(`Recovery, from PostgreSQL back to the first acknowledged save: ${recoveryMs(fault, restart).toFixed(0)} ms (limit ${RECOVERY_LIMIT_MS} ms)`);
  console.log(`Outage seen by clients, from the restart to saving again: ${outageMs(fault, restart).toFixed(0)} ms`);
  const acknowledged = (steady.outcomes["200"] ?? 0) + (fault.outcomes["200"] ?? 0);
  console.log(
    `Acknowledged saves: ${acknowledged}; the last one of each of ${check.acknowledged} practices checked against the database: ` +
      `${check.found} found as acknowledged, ${check.superseded} overwritten by a later save of the same client that committed unacknowledged, ${check.lost.length} lost`,
  );
}
