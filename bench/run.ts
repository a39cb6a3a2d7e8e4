// `npm run bench [-- --duration 15 --clients 50 --postgres postgresql://postgres@127.0.0.1:5432 --no-build]`
// Answer saves through PUT /api/v1 on a production build, then the same number of raw upserts
// straight to PostgreSQL, in a throwaway database that is dropped afterwards; then the PDF
// reports (bench/pdf-reports.ts, also alone as `npm run bench:pdf`); then the organisation
// dashboard against a bare page on PostgreSQL and PGlite (bench/dashboard.ts, `npm run bench:dashboard`).
import { parseArgs } from "node:util";
import { measureApiSaves, measureRawUpserts } from "./answer-saves";
import { createBenchDatabase } from "./bench-database";
import { ensureProductionBuild, startNextServer } from "./next-server";
import { printReport } from "./report";
import { checkStoredScores } from "./score-check";
import { seedBenchDatabase } from "./seed";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "15" },
    clients: { type: "string", default: "50" },
    postgres: { type: "string", default: "postgresql://postgres@127.0.0.1:5432" },
    "no-build": { type: "boolean", default: false },
  },
});
const durationMs = Number(values.duration) * 1000;
const clients = Number(values.clients);
if (!(durationMs > 0) || !Number.isInteger(clients) || clients < 1) {
  console.error("Usage: npm run bench -- [--duration <seconds>] [--clients <n>] [--postgres <server url>] [--no-build]");
  process.exit(2);
}

// Cleanups run in reverse on success, failure or Ctrl-C, so no server or database is left behind.
const cleanups: Array<() => Promise<void>> = [];
async function cleanUp(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((error: unknown) => console.error(error));
}
process.once("SIGINT", () => void cleanUp().then(() => process.exit(130)));

try {
  if (!values["no-build"]) ensureProductionBuild();
  const database = await createBenchDatabase(values.postgres);
  cleanups.push(() => database.drop());
  console.log(`Seeding ${database.name}…`);
  const seed = await seedBenchDatabase(database.url);

  const server = await startNextServer(database.url);
  cleanups.push(() => server.stop());
  console.log(`API phase: ${clients} clients for ${durationMs / 1000} s against ${server.baseUrl} (after a 3 s warm-up)…`);
  const api = await measureApiSaves({ baseUrl: server.baseUrl, seed, clients, durationMs });
  // The server's connections are released before the baseline takes its own.
  await cleanups.pop()?.();
  const scores = await checkStoredScores({ databaseUrl: database.url, assessmentId: seed.assessmentId });

  console.log(`Raw phase: the same ${api.operations} upserts over ${clients} pg connections…`);
  const raw = await measureRawUpserts({ databaseUrl: database.url, seed, clients, operations: api.operations });
  printReport({
    clients,
    api: { label: "PUT /api/v1 (next start)", result: api },
    raw: { label: `raw upsert (pg x${clients})`, result: raw },
    scores,
  });
  // Fast but wrong is a failure: the saves must leave the stored scores in step with the answers.
  if (scores.outOfStep.length > 0) process.exitCode = 1;

  console.log("PDF phase: the gap roadmap (150 items) and the executive summary, beside a one-page baseline…");
  const { printPdfBench, runPdfBench } = await import("./pdf-reports");
  printPdfBench(await runPdfBench({ runs: 10, items: 150 }));

  console.log("Dashboard phase: 500 programs, 2,000 assessments, on PostgreSQL and on PGlite…");
  const { printDashboardBench, runDashboardBench } = await import("./dashboard");
  if (!printDashboardBench(await runDashboardBench({ postgres: values.postgres, runs: 40 }))) process.exitCode = 1;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
