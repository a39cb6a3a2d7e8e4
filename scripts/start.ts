// `npm start`: build when no build exists, start Next, and say where to go and how to sign in.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { DEMO_PASSWORD, DEMO_USERS } from "../lib/demo/demo-accounts";
import { appUrl, env, shouldSeedDemo, usesEmbeddedDatabase } from "../lib/env";

const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? appUrl() };

if (!existsSync(path.join(".next", "BUILD_ID"))) {
  console.log("No build found: building Layerwise first (about a minute)…");
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: childEnv });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, [nextBin, "start", "-p", String(env().PORT)], { stdio: "inherit", env: childEnv });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

void announceWhenReady();

async function announceWhenReady(): Promise<void> {
  const url = appUrl();
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return printBanner(url);
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.error(`Layerwise did not become ready at ${url}; see the log above.`);
}

function printBanner(url: string): void {
  const lines = [
    `Layerwise is running at ${url}`,
    `Database: ${usesEmbeddedDatabase() ? `embedded PostgreSQL (PGlite) in ${path.resolve(env().DATA_DIR)}` : "PostgreSQL (DATABASE_URL)"}`,
  ];
  if (shouldSeedDemo()) {
    lines.push("Demo sign-in (password for all: " + DEMO_PASSWORD + "):");
    for (const user of DEMO_USERS) lines.push(`  ${user.role.toLowerCase().padEnd(9)} ${user.email}`);
  }
  console.log(`\n${lines.join("\n")}\n`);
}
