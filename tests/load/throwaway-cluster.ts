import { execFile, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";

export type ThrowawayCluster = {
  url: string;
  // pg_ctl restart -m fast: every connection is cut, then the server comes back on the same port.
  restart(): Promise<void>;
  stop(): void;
};

// A PostgreSQL cluster of the test's own, made with the machine's initdb and pg_ctl in a temporary
// directory and listening only on 127.0.0.1:<port>, so restarting it disturbs no other test.
// PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user.
export function startThrowawayCluster(options: { port: number }): ThrowawayCluster {
  const bin = postgresBinDir();
  const root = mkdtempSync(path.join(tmpdir(), "layerwise-load-"));
  const data = path.join(root, "data");
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const owner = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
    const group = spawnSync("id", ["-g", "postgres"], { encoding: "utf8" });
    if (owner.status !== 0) throw new Error("Running as root needs a `postgres` user to own the throwaway cluster.");
    chownSync(root, Number(owner.stdout), Number(group.stdout));
    chmodSync(root, 0o700);
  }
  const command = (program: string, args: string[]) =>
    asRoot ? ["runuser", "-u", "postgres", "--", path.join(bin, program), ...args] : [path.join(bin, program), ...args];
  const run = (program: string, args: string[]) => {
    const [file, ...rest] = command(program, args);
    const result = spawnSync(file!, rest, { encoding: "utf8", cwd: root });
    if (result.status !== 0) throw new Error(`${program} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  };
  // The restart runs while the load does, so it must not block the event loop.
  const runAsync = (program: string, args: string[]) =>
    new Promise<void>((resolve, reject) => {
      const [file, ...rest] = command(program, args);
      execFile(file!, rest, { cwd: root }, (error, stdout, stderr) =>
        error ? reject(new Error(`${program} failed: ${error.message}\n${stdout}\n${stderr}`)) : resolve(),
      );
    });
  const user = asRoot ? "postgres" : userInfo().username;
  run("initdb", ["-D", data, "-U", user, "-A", "trust", "-E", "UTF8", "--no-instructions"]);
  const serverOptions = [`-p ${options.port}`, "-c listen_addresses=127.0.0.1", `-k ${root}`, "-c max_connections=200"].join(" ");
  const log = path.join(root, "server.log");
  run("pg_ctl", ["-D", data, "-l", log, "-o", serverOptions, "-w", "-t", "30", "start"]);
  let stopped = false;
  return {
    url: `postgresql://${user}@127.0.0.1:${options.port}/postgres`,
    restart: () => runAsync("pg_ctl", ["-D", data, "-l", log, "-m", "fast", "-w", "-t", "30", "restart"]),
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}

// PG_BIN wins; otherwise the newest Debian-style /usr/lib/postgresql/<major>/bin.
function postgresBinDir(): string {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv) return fromEnv;
  const base = "/usr/lib/postgresql";
  const majors = existsSync(base) ? readdirSync(base).filter((v) => existsSync(path.join(base, v, "bin", "initdb"))) : [];
  const newest = majors.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error("No PostgreSQL binaries found: set PG_BIN to the directory holding initdb and pg_ctl.");
  return path.join(base, newest, "bin");
}
