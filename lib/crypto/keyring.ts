import { randomBytes } from "node:crypto";

// Data encryption keys: the first is current (new ciphertexts use it), the others only decrypt,
// so a key can be rotated out once `npm run keys:rotate` has re-encrypted everything under the new one.
export type DataKey = { id: string; key: Buffer };
export type Keyring = { current: DataKey; byId: ReadonlyMap<string, DataKey> };

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

export class KeyringError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "KeyringError";
  }
}

// "id:base64key,id:base64key" (base64 or base64url of 32 random bytes), current key first.
export function parseKeyring(spec: string): Keyring {
  const keys = spec
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map(parseKey);
  if (keys.length === 0) throw new KeyringError("No data encryption key given.");
  const byId = new Map<string, DataKey>();
  for (const key of keys) {
    if (byId.has(key.id)) throw new KeyringError(`Data encryption key id "${key.id}" is listed twice.`);
    byId.set(key.id, key);
  }
  return { current: keys[0]!, byId };
}

function parseKey(entry: string): DataKey {
  const separator = entry.indexOf(":");
  const id = separator > 0 ? entry.slice(0, separator) : "";
  if (!KEY_ID.test(id)) {
    throw new KeyringError("Each data encryption key must be written id:base64key, with an id of 1-32 letters, digits, - or _.");
  }
  const key = Buffer.from(entry.slice(separator + 1), "base64");
  if (key.length !== 32) throw new KeyringError(`Data encryption key "${id}" must be 32 bytes (base64 of 32 random bytes).`);
  return { id, key };
}

// Adds keys that only decrypt (e.g. the embedded default's generated key after a key was configured).
export function withDecryptOnlyKeys(keyring: Keyring, extra: readonly DataKey[]): Keyring {
  const byId = new Map(keyring.byId);
  for (const key of extra) if (!byId.has(key.id)) byId.set(key.id, key);
  return { current: keyring.current, byId };
}

export function generateKeySpec(id = `k${Date.now().toString(36)}`): string {
  return `${id}:${randomBytes(32).toString("base64")}`;
}
