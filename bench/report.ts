import { availableParallelism } from "node:os";
import { percentile, type LoadResult } from "./load-loop";
import type { ScoreCheck } from "./score-check";

const GOAL_RATIO = 0.3;
const GOAL_P95_MS = 50;

type Row = { label: string; result: LoadResult };
type Summary = { throughput: number; p50: number; p95: number; p99: number };

function summarise(result: LoadResult): Summary {
  const sorted = [...result.latenciesMs].sort((a, b) => a - b);
  return {
    throughput: result.operations / (result.elapsedMs / 1000),
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
  };
}

const num = (value: number, digits = 1) => value.toFixed(digits);

export function printReport(options: { clients: number; api: Row; raw: Row; scores: ScoreCheck }): void {
  const api = summarise(options.api.result);
  const raw = summarise(options.raw.result);
  const header = ["", "saves", "errors", "time s", "req/s", "p50 ms", "p95 ms", "p99 ms"];
  const lines = [options.api, options.raw].map((row, i) => {
    const s = i === 0 ? api : raw;
    const r = row.result;
    return [row.label, String(r.operations), String(r.errors), num(r.elapsedMs / 1000), num(s.throughput), num(s.p50, 2), num(s.p95, 2), num(s.p99, 2)];
  });
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c]!.length)));
  const format = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ");

  const ratio = api.throughput / raw.throughput;
  const mark = (met: boolean) => (met ? "met    " : "NOT met");
  console.log(`\nAnswer saves, ${options.clients} concurrent clients, ${availableParallelism()} CPUs shared by client, server and PostgreSQL`);
  console.log(format(header));
  for (const line of lines) console.log(format(line));
  console.log(`\nAPI / raw throughput: ${num(ratio * 100)} %`);
  console.log("Goals:");
  console.log(`  API throughput >= ${GOAL_RATIO * 100}% of raw   ${mark(ratio >= GOAL_RATIO)}  (${num(ratio * 100)} %)`);
  console.log(`  API p95 < ${GOAL_P95_MS} ms              ${mark(api.p95 < GOAL_P95_MS)}  (${num(api.p95, 2)} ms)`);
  const { layers, outOfStep } = options.scores;
  console.log(
    outOfStep.length === 0
      ? `Stored layer scores after the API phase: all ${layers} in step with the answers`
      : `Stored layer scores after the API phase: ${outOfStep.length} of ${layers} OUT OF STEP with the answers (${outOfStep.join(", ")})`,
  );
}
