// `npm run bench:dashboard [-- --runs 40 --postgres postgresql://postgres@127.0.0.1:5432 --no-build]`
// (also the last phase of `npm run bench`). On PostgreSQL and on the embedded PGlite, each in a
// fresh database: seeds 500 programs / 2,000 assessments / ~214,000 answers (bench/dashboard-seed.ts),
// starts `next start` on it, signs in over HTTP and times full server renders: GET of the
// organisation dashboard and of a bare page of the app (API tokens: the same session check and
// shell, one empty list), one request at a time, alternating, after a warm-up. Prints p50/p95 of
// each and their ratio. Goal (issue 7): dashboard p95 under 300 ms and within 3x the bare page.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createBenchDatabase } from "./bench-database";
import { BENCH_EMAIL, BENCH_PASSWORD, seedDashboardData, type DashboardSeed } from "./dashboard-seed";
import { percentile } from "./load-loop";
import { ensureProductionBuild, startNextServer } from "./next-server";
import { allowServerOnlyImports } from "./seed";

const GOAL_P95_MS = 300;
const GOAL_RATIO = 3;
const WARM_UP = 5;

type Timing = { p50: number; p95: number; samples: number };
export type DashboardBenchResult = { database: string; seed: DashboardSeed; seedMs: number; dashboard: Timing; bare: Timing; dashboardBytes: number };

function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), samples: sorted.length };
}

// next-auth's credentials sign-in, as the browser does it: CSRF token, then the callback.
async function signIn(baseUrl: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email: BENCH_EMAIL, password: BENCH_PASSWORD, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("layerwise.session="));
  if (!session) throw new Error(`sign-in failed (${response.status}): ${await response.text()}`);
  return session.split(";")[0]!;
}

async function timedGet(url: string, cookie: string): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const body = await response.text();
  const ms = performance.now() - start;
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status}`);
  return { ms, bytes: body.length };
}

async function measure(options: { baseUrl: string; organisationId: string; runs: number }) {
  const cookie = await signIn(options.baseUrl);
  const dashboardUrl = `${options.baseUrl}/orgs/${options.organisationId}/dashboard`;
  const bareUrl = `${options.baseUrl}/orgs/${options.organisationId}/settings/api-tokens`;
  const page = await timedGet(dashboardUrl, cookie);
  if (!(await fetch(dashboardUrl, { headers: { cookie } }).then((r) => r.text())).includes('data-testid="level-heatmap"')) {
    throw new Error("the dashboard rendered without its heatmap");
  }
  for (let i = 0; i < WARM_UP; i++) {
    await timedGet(dashboardUrl, cookie);
    await timedGet(bareUrl, cookie);
  }
  const dashboard: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    dashboard.push((await timedGet(dashboardUrl, cookie)).ms);
    bare.push((await timedGet(bareUrl, cookie)).ms);
  }
  return { dashboard: timing(dashboard), bare: timing(bare), dashboardBytes: page.bytes };
}

async function seedAndMeasure(options: {
  database: string;
  open: () => Promise<import("../lib/db/raw").RawDatabase>;
  server: () => ReturnType<typeof startNextServer>;
  runs: number;
}): Promise<DashboardBenchResult> {
  const { prepareDatabase, setActiveDatabase } = await import("../lib/db/client");
  const database = await prepareDatabase(await options.open());
  setActiveDatabase(database);
  // The seed's sign-up records an audit event inside its transaction, and the first one loads the
  // instance key through the client outside it: on PGlite's single connection that waits for the
  // transaction's 5 s timeout. Loaded first, the key is cached.
  const { getInstanceKey } = await import("../lib/signing/instance-key");
  await getInstanceKey();
  const started = performance.now();
  let seed: DashboardSeed;
  try {
    seed = await seedDashboardData(database);
  } finally {
    await database.prisma.$disconnect();
    await database.raw.close();
  }
  const seedMs = performance.now() - started;
  console.log(`  ${options.database}: seeded ${seed.programs} programs, ${seed.assessments} assessments, ${seed.answers} answers, ${seed.roadmapItems} roadmap items in ${(seedMs / 1000).toFixed(1)} s`);
  const server = await options.server();
  try {
    return { database: options.database, seed, seedMs, ...(await measure({ baseUrl: server.baseUrl, organisationId: seed.organisationId, runs: options.runs })) };
  } finally {
    await server.stop();
  }
}

export async function runDashboardBench(options: { postgres: string; runs: number }): Promise<DashboardBenchResult[]> {
  allowServerOnlyImports();
  // The seed (in this process) stores the instance's signing key encrypted, so the server it
  // starts must hold the same data key.
  const dataKeys = (process.env.DATA_ENCRYPTION_KEYS ??= `bench:${randomBytes(32).toString("base64")}`);
  const { openPglite, openPostgres } = await import("../lib/db/raw");
  const results: DashboardBenchResult[] = [];

  const scratch = await createBenchDatabase(options.postgres);
  try {
    results.push(
      await seedAndMeasure({
        database: "PostgreSQL",
        runs: options.runs,
        open: () => openPostgres(scratch.url),
        server: () => startNextServer(scratch.url, { env: { DATA_ENCRYPTION_KEYS: dataKeys } }),
      }),
    );
  } finally {
    await scratch.drop();
  }

  const dataDir = mkdtempSync(path.join(os.tmpdir(), "layerwise-bench-"));
  try {
    results.push(
      await seedAndMeasure({
        database: "PGlite (embedded)",
        runs: options.runs,
        open: () => openPglite(dataDir),
        server: () => startNextServer("", { env: { DATA_DIR: dataDir, DATA_ENCRYPTION_KEYS: dataKeys } }),
      }),
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

export function printDashboardBench(results: readonly DashboardBenchResult[]): boolean {
  let met = true;
  console.log(`\nOrganisation dashboard (500 programs) vs a bare page, server render via HTTP GET on next start, ${os.availableParallelism()} CPUs`);
  for (const r of results) {
    const ratio = r.dashboard.p95 / r.bare.p95;
    const ok = r.dashboard.p95 < GOAL_P95_MS && ratio <= GOAL_RATIO;
    met &&= ok;
    console.log(`  ${r.database} (${r.seed.answers} answers, seeded in ${(r.seedMs / 1000).toFixed(1)} s; dashboard HTML ${(r.dashboardBytes / 1024).toFixed(0)} kB)`);
    console.log(`    dashboard  p50 ${ms(r.dashboard.p50)}  p95 ${ms(r.dashboard.p95)}  (${r.dashboard.samples} renders)`);
    console.log(`    bare page  p50 ${ms(r.bare.p50)}  p95 ${ms(r.bare.p95)}`);
    console.log(`    ratio      p50 ${(r.dashboard.p50 / r.bare.p50).toFixed(2)}x  p95 ${ratio.toFixed(2)}x`);
    console.log(`    goal: p95 < ${GOAL_P95_MS} ms and <= ${GOAL_RATIO}x the bare page: ${ok ? "met" : "NOT met"}`);
  }
  return met;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      runs: { type: "string", default: "40" },
      postgres: { type: "string", default: "postgresql://postgres@127.0.0.1:5432" },
      "no-build": { type: "boolean", default: false },
    },
  });
  try {
    if (!values["no-build"]) ensureProductionBuild();
    const met = printDashboardBench(await runDashboardBench({ postgres: values.postgres, runs: Number(values.runs) }));
    if (!met) process.exitCode = 1;
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  }
}
