// `npm run bench:pdf [-- --runs 10 --items 150]`
// Renders the signed-export PDFs (gap roadmap with a 150-item roadmap, executive summary, ISO 27001
// readiness with all 93 Annex A controls) from report inputs synthesised in memory from the real
// content, and a one-page PDF made with the same shell as the baseline, in this process. Prints p50/p95 per report (wall and CPU time)
// and the ratio to the baseline. Goal (issue 6): each report under 1.5 s on the 2-core machine.
//
// From bench/run.ts: `const { runPdfBench, printPdfBench } = await import("./pdf-reports");`
// then `printPdfBench(await runPdfBench({ runs: 10, items: 150 }));` (no database or server needed).
import { register } from "node:module";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

// lib/ modules start with `import "server-only"`, which throws outside React Server Components;
// this process is a trusted server-side script, so the marker resolves to an empty module here.
const SERVER_ONLY_HOOK = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context);
}`;

const GOAL_MS = 1500;
const WARM_UP_RUNS = 2;

export type PdfTiming = {
  label: string;
  pages: number;
  bytes: number;
  wallMs: number[];
  cpuMs: number[];
};

export type PdfBenchResult = { items: number; runs: number; baseline: PdfTiming; reports: PdfTiming[] };

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

const stats = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
};

// /Type /Page objects in the file (react-pdf writes no object streams, so they are plain text).
function countPages(bytes: Uint8Array): number {
  return (
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      .toString("latin1")
      .match(/\/Type \/Page\b/g)?.length ?? 0
  );
}

async function time(label: string, runs: number, render: () => Promise<Uint8Array>): Promise<PdfTiming> {
  let last: Uint8Array = new Uint8Array();
  for (let i = 0; i < WARM_UP_RUNS; i++) last = await render();
  const wallMs: number[] = [];
  const cpuMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    last = await render();
    wallMs.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000);
  }
  if (Buffer.from(last.slice(0, 5)).toString("latin1") !== "%PDF-") throw new Error(`${label}: not a PDF`);
  return { label, pages: countPages(last), bytes: last.byteLength, wallMs, cpuMs };
}

export async function runPdfBench(options: { runs?: number; items?: number } = {}): Promise<PdfBenchResult> {
  const runs = options.runs ?? 10;
  const items = options.items ?? 150;
  // As `next start` runs: React's production build (the development build checks every element).
  (process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
  register(`data:text/javascript,${encodeURIComponent(SERVER_ONLY_HOOK)}`);
  const { getContentModel } = await import("../lib/content/load");
  const { sampleReadinessReport, sampleReportInput } = await import("./pdf-report-input");
  const { renderReadinessPdf, renderRoadmapPdf, renderSummaryPdf } = await import("../lib/reports/pdf/render-report");
  const { loadStandards } = await import("../lib/content/standards");
  const { renderBaselinePdf } = await import("./pdf-baseline");
  const { findVerificationCodes, newVerificationCode } = await import("../lib/signing/verification-code");

  const content = getContentModel();
  const input = sampleReportInput({ content, items, notes: true });
  const readiness = sampleReadinessReport({ content, standards: loadStandards() });
  const stamp = () => ({ code: newVerificationCode(), keyId: "0123456789abcdef", createdAt: new Date() });
  const verifyUrl = "http://localhost:3000/verify";
  // The ratio to a one-page document of the same shell shows what the reports' content costs on
  // top of react-pdf's fixed cost per document.
  const baseline = () => renderBaselinePdf({ input, stamp: stamp(), verifyUrl });

  const result: PdfBenchResult = {
    items,
    runs,
    baseline: await time("one-page shell (baseline)", runs, baseline),
    reports: [
      await time(`gap roadmap PDF (${items} items)`, runs, async () => {
        const s = stamp();
        const bytes = await renderRoadmapPdf({ input, stamp: s, verifyUrl });
        // Fast but unverifiable is a failure: the code must be findable in the file's bytes.
        if (!findVerificationCodes(bytes).includes(s.code)) throw new Error("roadmap PDF: code not found in bytes");
        return bytes;
      }),
      await time("executive summary PDF", runs, () => renderSummaryPdf({ input, stamp: stamp(), verifyUrl })),
      await time("ISO 27001 readiness PDF (93 controls)", runs, () =>
        renderReadinessPdf({ input, readiness, stamp: stamp(), verifyUrl }),
      ),
    ],
  };
  return result;
}

export function printPdfBench(result: PdfBenchResult): void {
  const base = stats(result.baseline.wallMs);
  const header = ["", "pages", "kB", "p50 ms", "p95 ms", "cpu p50 ms", "x baseline", "goal"];
  const rows = [result.baseline, ...result.reports].map((timing, i) => {
    const wall = stats(timing.wallMs);
    const cpu = stats(timing.cpuMs);
    const goal = i === 0 ? "" : wall.p95 < GOAL_MS ? "met" : "NOT met";
    return [
      timing.label,
      String(timing.pages),
      (timing.bytes / 1024).toFixed(0),
      wall.p50.toFixed(0),
      wall.p95.toFixed(0),
      cpu.p50.toFixed(0),
      i === 0 ? "1.0" : (wall.p50 / base.p50).toFixed(1),
      goal,
    ];
  });
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const format = (cells: string[]) =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ");
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
  console.log(
    `\nPDF reports, ${result.runs} runs each after ${WARM_UP_RUNS} warm-up runs, in-process (${availableParallelism()} CPUs, load average ${load})`,
  );
  console.log(format(header));
  for (const row of rows) console.log(format(row));
  console.log(`Goal: each report's p95 under ${GOAL_MS} ms. CPU time includes the garbage collector's threads.`);
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const { values } = parseArgs({
    options: { runs: { type: "string", default: "10" }, items: { type: "string", default: "150" } },
  });
  const runs = Number(values.runs);
  const items = Number(values.items);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(items) || items < 1) {
    console.error("Usage: npm run bench:pdf -- [--runs <n>] [--items <n>]");
    process.exit(2);
  }
  try {
    printPdfBench(await runPdfBench({ runs, items }));
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  }
}
