import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env, usesEmbeddedDatabase } from "@/lib/env";
import { logger } from "@/lib/log";
import { generateKeySpec, KeyringError, parseKeyring, withDecryptOnlyKeys, type Keyring } from "./keyring";

const KEY_FILE = "encryption-key";

let cached: Keyring | undefined;

// DATA_ENCRYPTION_KEYS when set. Otherwise, on the embedded default only, a key generated into
// DATA_DIR (outside the database, mode 0600) so `npm start` needs no configuration. A shared
// PostgreSQL means several instances that must all hold the same keys, so it needs configuration.
export function configuredKeyring(): Keyring {
  cached ??= loadKeyring({
    configured: env().DATA_ENCRYPTION_KEYS,
    embedded: usesEmbeddedDatabase(),
    dataDir: env().DATA_DIR,
  });
  return cached;
}

export function loadKeyring(options: { configured?: string; embedded: boolean; dataDir: string }): Keyring {
  const file = path.resolve(options.dataDir, KEY_FILE);
  if (options.configured) {
    const keyring = parseKeyring(options.configured);
    // The generated key still decrypts what it sealed until keys:rotate moves it to the configured key.
    return options.embedded && existsSync(file) ? withDecryptOnlyKeys(keyring, [...readKeyFile(file).byId.values()]) : keyring;
  }
  if (!options.embedded) {
    throw new KeyringError(
      "DATA_ENCRYPTION_KEYS must be set when DATABASE_URL is set (id:base64key; make a key with `openssl rand -base64 32`).",
    );
  }
  if (!existsSync(file)) generateKeyFile(file);
  return readKeyFile(file);
}

function generateKeyFile(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    // "wx": never overwrite a key, even one another process wrote a moment ago.
    writeFileSync(file, `${generateKeySpec("local")}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return;
    throw error;
  }
  logger.warn({ file }, "generated a data encryption key for the embedded database; production must set DATA_ENCRYPTION_KEYS");
}

function readKeyFile(file: string): Keyring {
  return parseKeyring(readFileSync(file, "utf8").trim());
}
