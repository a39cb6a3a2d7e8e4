// `npm run test:load [-- --duration 60 --fault-duration 30 --clients 100 --port 3360 --pg-port 55432 --no-build]`
// 100 simulated assessors save answers through PUT /api/v1 against a production build on a
// PostgreSQL cluster of the test's own: a steady phase that must see no error at all, then a fault
// phase in which the cluster is restarted mid-load and the app must be saving again within 5 s,
// with only retryable answers (503 + Retry-After, 409) meanwhile. Afterwards every acknowledged
// save must be in the database. Exits non-zero when any of that fails.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureProductionBuild, startNextServer } from "../../bench/next-server";
import { AssessorClients } from "./assessor-clients";
import { printLoadReport, judge } from "./load-report";
import { seedAssessors } from "./seed-assessors";
import { startThrowawayCluster } from "./throwaway-cluster";
import { verifyAcknowledged } from "./verify-acknowledged";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "60" },
    "fault-duration": { type: "string", default: "30" },
    clients: { type: "string", default: "100" },
    assessments: { type: "string", default: "10" },
    port: { type: "string", default: process.env.LOAD_PORT ?? "3360" },
    "pg-port": { type: "string", default: process.env.LOAD_PG_PORT ?? "55432" },
    "no-build": { type: "boolean", default: false },
  },
});
const durationMs = Number(values.duration) * 1000;
const faultMs = Number(values["fault-duration"]) * 1000;
const clients = Number(values.clients);
// The restart comes a third of the way into the fault phase, so there is load before and after it.
const restartAtMs = faultMs / 3;

const cleanups: Array<() => Promise<void> | void> = [];
async function cleanUp(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse()) await Promise.resolve(cleanup()).catch((e: unknown) => console.error(e));
}
process.once("SIGINT", () => void cleanUp().then(() => process.exit(130)));

try {
  if (!values["no-build"]) ensureProductionBuild();
  const cluster = startThrowawayCluster({ port: Number(values["pg-port"]) });
  cleanups.push(() => cluster.stop());
  console.log(`Throwaway PostgreSQL on 127.0.0.1:${values["pg-port"]}; seeding ${clients} assessors…`);
  const assessors = await seedAssessors({ databaseUrl: cluster.url, assessors: clients, assessments: Number(values.assessments) });
  const logDir = mkdtempSync(path.join(tmpdir(), "layerwise-load-log-"));
  const logFile = path.join(logDir, "server.log");
  cleanups.push(() => rmSync(logDir, { recursive: true, force: true }));
  const server = await startNextServer(cluster.url, { port: Number(values.port), logFile });
  cleanups.push(() => server.stop());
  const load = new AssessorClients(server.baseUrl, assessors);

  console.log(`Steady phase: ${clients} assessors for ${durationMs / 1000} s against ${server.baseUrl}…`);
  const steady = await load.run({ durationMs });

  console.log(`Fault phase: ${faultMs / 1000} s, PostgreSQL restarted (pg_ctl restart -m fast) after ${restartAtMs / 1000} s…`);
  const restart = { startedAt: 0, backAt: 0 };
  const fault = await load.run({
    durationMs: faultMs,
    during: async (begin) => {
      await new Promise((resolve) => setTimeout(resolve, begin + restartAtMs - performance.now()));
      restart.startedAt = performance.now();
      await cluster.restart();
      restart.backAt = performance.now();
    },
  });

  const check = await verifyAcknowledged({ baseUrl: server.baseUrl, assessors, acknowledged: load.acknowledged.values() });
  printLoadReport({ clients, steady, fault, restart, check });
  const failures = judge({ steady, fault, restart, check });
  for (const failure of failures) console.error(`FAILED: ${failure}`);
  if (failures.length > 0) {
    process.exitCode = 1;
    const errors = readFileSync(logFile, "utf8").split("\n").filter((line) => /"level":(50|60)/.test(line));
    console.error(`Server errors (${errors.length}; the first 5):\n${errors.slice(0, 5).join("\n")}`);
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
