import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env, usesEmbeddedDatabase } from "@/lib/env";

// With AUTH_SECRET unset on the embedded default, a random secret is kept in the data folder so a
// newcomer needs no configuration. A shared database means several instances: they must be given one.
export function authSecret(): string {
  const configured = env().AUTH_SECRET;
  if (configured) return configured;
  if (!usesEmbeddedDatabase()) throw new Error("AUTH_SECRET must be set (32+ characters) when DATABASE_URL is set.");
  const file = path.resolve(env().DATA_DIR, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}
