import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadKeyring } from "./configured-keyring";
import { generateKeySpec, parseKeyring } from "./keyring";

describe("keyring", () => {
  it("takes the first key as current and every listed key for decryption", () => {
    const keyring = parseKeyring(`${generateKeySpec("k2")}, ${generateKeySpec("k1")}`);
    expect(keyring.current.id).toBe("k2");
    expect([...keyring.byId.keys()]).toEqual(["k2", "k1"]);
  });

  it("refuses malformed configuration with a specific message", () => {
    expect(() => parseKeyring("")).toThrow(/No data encryption key/);
    expect(() => parseKeyring("nocolon")).toThrow(/id:base64key/);
    expect(() => parseKeyring("bad id:" + Buffer.alloc(32).toString("base64"))).toThrow(/id:base64key/);
    expect(() => parseKeyring("short:" + Buffer.alloc(16).toString("base64"))).toThrow(/must be 32 bytes/);
    const spec = generateKeySpec("twice");
    expect(() => parseKeyring(`${spec},${spec}`)).toThrow(/listed twice/);
  });

  it("generates a key file (mode 0600) on the embedded default only, once, and keeps it as a decrypt-only key", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "lw-keyring-"));
    const generated = loadKeyring({ embedded: true, dataDir });
    const file = path.join(dataDir, "encryption-key");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadKeyring({ embedded: true, dataDir }).current.key).toEqual(generated.current.key);
    expect(readFileSync(file, "utf8")).toMatch(/^local:/);

    const configured = loadKeyring({ configured: generateKeySpec("prod"), embedded: true, dataDir });
    expect(configured.current.id).toBe("prod");
    expect(configured.byId.get("local")?.key).toEqual(generated.current.key);
  });

  it("refuses to start on PostgreSQL without configured keys, and never writes a key file there", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "lw-keyring-"));
    expect(() => loadKeyring({ embedded: false, dataDir })).toThrow(/DATA_ENCRYPTION_KEYS must be set when DATABASE_URL is set/);
    writeFileSync(path.join(dataDir, "encryption-key"), generateKeySpec("local"));
    expect(loadKeyring({ configured: generateKeySpec("prod"), embedded: false, dataDir }).byId.has("local")).toBe(false);
  });
});
