// Validates content/ and prints a summary, or every problem found.
// Usage: tsx scripts/content-check.ts [--root DIR]   (DIR holds content/; default: the current directory)
// Exit code 1 on any problem, so `npm run build` and CI stop on broken content.
import { contentSummary, loadContentModel } from "@/lib/content/load";
import type { TContentProblem } from "@/lib/content/problem";
import { LEVELS } from "@/lib/content/schema";
import type { TContentSummary } from "@/lib/content/summary";

function parseRoot(args: readonly string[]): string | undefined {
  const index = args.indexOf("--root");
  if (index === -1) return undefined;
  const root = args[index + 1];
  if (!root) throw new Error("--root needs a directory");
  return root;
}

function table(options: { header: readonly string[]; rows: readonly (readonly (string | number)[])[] }): string {
  const cells = [options.header, ...options.rows].map((row) => row.map(String));
  const widths = options.header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? "").length)));
  const line = (row: readonly string[]) =>
    row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ").trimEnd();
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  const [header, ...body] = cells;
  return [line(header ?? []), rule, ...body.map(line)].join("\n");
}

function printSummary(summary: TContentSummary): void {
  console.log(`Content ${summary.version}: ${summary.practices} practices, no problems.\n`);
  console.log("Practices per layer and level");
  const levelTotals = LEVELS.map((level) => summary.grid.reduce((sum, row) => sum + row.counts[level], 0));
  console.log(
    table({
      header: ["layer", ...LEVELS.map((level) => `L${level}`), "total"],
      rows: [
        ...summary.grid.map((row) => [row.layer, ...LEVELS.map((level) => row.counts[level]), row.total]),
        ["all", ...levelTotals, summary.practices],
      ],
    }),
  );
  console.log("\nMapping coverage");
  console.log(
    table({
      header: ["standard", "practices mapped", "distinct ids", "Annex A controls mapped"],
      rows: summary.coverage.map((row) => [
        row.label,
        `${row.practicesMapped} / ${summary.practices}`,
        row.distinctIds,
        row.annexA ? `${row.annexA.mapped} / ${row.annexA.of}` : "",
      ]),
    }),
  );
  console.log("\nCitations per seed");
  console.log(
    table({
      header: ["seed", "practices", "title"],
      rows: summary.citations.map((row) => [row.seed, row.practices, row.title]),
    }),
  );
}

function printProblems(problems: readonly TContentProblem[]): void {
  console.error(`content check failed: ${problems.length} problem(s)\n`);
  console.error(
    table({
      header: ["file", "practice", "problem"],
      rows: problems.map((problem) => [problem.file, problem.practiceId ?? "", problem.message]),
    }),
  );
}

const result = loadContentModel({ root: parseRoot(process.argv.slice(2)) });
if (result.ok) {
  printSummary(contentSummary(result.model));
} else {
  printProblems(result.problems);
  process.exitCode = 1;
}
