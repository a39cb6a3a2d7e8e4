import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

const NEXT_BIN = path.join("node_modules", "next", "dist", "bin", "next");
const ROUTE_UNDER_TEST = "/api/v1/assessments/[assessmentId]/answers/[practiceId]/route";
const SOURCES = ["app", "lib", "components", "content", "next.config.ts", "package-lock.json"];

export type RunningServer = { baseUrl: string; stop(): Promise<void> };

// A missing build, one made before the API existed, or one older than the sources would measure
// the wrong code, so each of them is rebuilt.
export function ensureProductionBuild(): void {
  const reason = staleBuildReason();
  if (!reason) return;
  console.log(`Building first (${reason}): npm run build…`);
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status ?? "signal"})`);
}

function staleBuildReason(): string | null {
  const buildId = path.join(".next", "BUILD_ID");
  const manifest = path.join(".next", "app-path-routes-manifest.json");
  if (!existsSync(buildId) || !existsSync(manifest)) return "no production build";
  if (!readFileSync(manifest, "utf8").includes(ROUTE_UNDER_TEST)) return "the build has no REST API";
  const builtAt = statSync(buildId).mtimeMs;
  return newestSourceMtime() > builtAt ? "sources changed since the last build" : null;
}

function newestSourceMtime(): number {
  let newest = 0;
  for (const source of SOURCES.filter((s) => existsSync(s))) {
    const files = statSync(source).isDirectory()
      ? readdirSync(source, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => path.join(entry.parentPath, entry.name))
      : [source];
    for (const file of files) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

// The server and whatever this process seeds before starting it (bench data, load-test assessors)
// must share the data key and auth secret: set once, at import, before any keyring is read.
const SHARED_SECRETS = {
  AUTH_SECRET: (process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url")),
  DATA_ENCRYPTION_KEYS: (process.env.DATA_ENCRYPTION_KEYS ??= `bench:${randomBytes(32).toString("base64")}`),
};

// `logFile`: the server's output also goes there, to read after a failed run. `env` adds to (or
// overrides) the server's environment; an empty databaseUrl with `env.DATA_DIR` runs it on PGlite.
export async function startNextServer(
  databaseUrl: string,
  options: { port?: number; logFile?: string; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: SHARED_SECRETS.AUTH_SECRET,
      DATA_ENCRYPTION_KEYS: SHARED_SECRETS.DATA_ENCRYPTION_KEYS,
      APP_URL: baseUrl,
      NEXTAUTH_URL: baseUrl,
      SEED_DEMO: "false",
      LOG_LEVEL: "warn",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log = options.logFile ? createWriteStream(options.logFile) : null;
  const keep = (chunk: Buffer) => {
    log?.write(chunk);
    if (output.push(chunk.toString()) > 200) output.shift();
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  try {
    await waitForHealth({ baseUrl, child });
  } catch (error) {
    await stopChild(child);
    throw new Error(`${(error as Error).message}\n--- server output ---\n${output.join("")}`);
  }
  return { baseUrl, stop: () => stopChild(child) };
}

async function waitForHealth(options: { baseUrl: string; child: ChildProcess }): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (options.child.exitCode !== null) throw new Error(`next start exited with code ${options.child.exitCode}`);
    const healthy = await fetch(`${options.baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("next start did not become healthy within 120 s");
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
