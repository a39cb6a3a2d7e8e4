import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { DataKey, Keyring } from "./keyring";

// AES-256-GCM envelopes. Text: "lw1:<keyId>:<iv>:<tag>:<ciphertext>" (base64url parts), so it fits a
// text column. Bytes: "LWE1", key id length, key id, iv, tag, ciphertext. The associated data binds
// each ciphertext to its version, key id and context (table, column and row), so a ciphertext
// copied to another row, column or table does not decrypt.
export const TEXT_PREFIX = "lw1:";
export const BYTES_MAGIC = Buffer.from("LWE1", "latin1");
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class DecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DecryptionError";
  }
}

function associatedData(keyId: string, context: string): Buffer {
  return Buffer.from(`lw1\u0000${keyId}\u0000${context}`, "utf8");
}

function encrypt(key: DataKey, context: string, plaintext: Buffer): { iv: Buffer; tag: Buffer; ciphertext: Buffer } {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key.key, iv);
  cipher.setAAD(associatedData(key.id, context));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), ciphertext };
}

function decrypt(options: { keyring: Keyring; keyId: string; context: string; iv: Buffer; tag: Buffer; ciphertext: Buffer }): Buffer {
  const key = options.keyring.byId.get(options.keyId);
  if (!key) throw new DecryptionError(`No data encryption key "${options.keyId}" is configured (${options.context}).`);
  if (options.iv.length !== IV_BYTES || options.tag.length !== TAG_BYTES) {
    throw new DecryptionError(`Malformed ciphertext (${options.context}).`);
  }
  const decipher = createDecipheriv("aes-256-gcm", key.key, options.iv);
  decipher.setAAD(associatedData(key.id, options.context));
  decipher.setAuthTag(options.tag);
  try {
    return Buffer.concat([decipher.update(options.ciphertext), decipher.final()]);
  } catch {
    throw new DecryptionError(`Ciphertext does not authenticate: altered, moved from another row or wrong key (${options.context}).`);
  }
}

export function sealText(options: { keyring: Keyring; context: string; plaintext: string }): string {
  const { keyring, context } = options;
  const { iv, tag, ciphertext } = encrypt(keyring.current, context, Buffer.from(options.plaintext, "utf8"));
  return `${TEXT_PREFIX}${keyring.current.id}:${iv.toString("base64url")}:${tag.toString("base64url")}:${ciphertext.toString("base64url")}`;
}

export function openText(options: { keyring: Keyring; context: string; sealed: string }): string {
  const { sealed, context } = options;
  const parts = sealed.split(":");
  if (parts.length !== 5 || `${parts[0]}:` !== TEXT_PREFIX) throw new DecryptionError(`Value is not an lw1 ciphertext (${context}).`);
  const [, keyId, iv, tag, ciphertext] = parts as [string, string, string, string, string];
  return decrypt({
    keyring: options.keyring,
    keyId,
    context,
    iv: Buffer.from(iv, "base64url"),
    tag: Buffer.from(tag, "base64url"),
    ciphertext: Buffer.from(ciphertext, "base64url"),
  }).toString("utf8");
}

export function sealBytes(options: { keyring: Keyring; context: string; plaintext: Uint8Array }): Uint8Array<ArrayBuffer> {
  const { keyring, context } = options;
  const { iv, tag, ciphertext } = encrypt(keyring.current, context, Buffer.from(options.plaintext));
  const keyId = Buffer.from(keyring.current.id, "latin1");
  return new Uint8Array(Buffer.concat([BYTES_MAGIC, Buffer.from([keyId.length]), keyId, iv, tag, ciphertext]));
}

export function openBytes(options: { keyring: Keyring; context: string; sealed: Uint8Array }): Uint8Array<ArrayBuffer> {
  const { context } = options;
  const sealed = Buffer.from(options.sealed.buffer, options.sealed.byteOffset, options.sealed.byteLength);
  if (sealed.length < 5 || !sealed.subarray(0, 4).equals(BYTES_MAGIC)) {
    throw new DecryptionError(`Value is not an LWE1 ciphertext (${context}).`);
  }
  const idEnd = 5 + sealed[4]!;
  const ivEnd = idEnd + IV_BYTES;
  const tagEnd = ivEnd + TAG_BYTES;
  if (sealed.length < tagEnd) throw new DecryptionError(`Malformed ciphertext (${context}).`);
  const plaintext = decrypt({
    keyring: options.keyring,
    keyId: sealed.subarray(5, idEnd).toString("latin1"),
    context,
    iv: sealed.subarray(idEnd, ivEnd),
    tag: sealed.subarray(ivEnd, tagEnd),
    ciphertext: sealed.subarray(tagEnd),
  });
  return new Uint8Array(plaintext);
}

// The key id a stored value was sealed with, or null when it is not a ciphertext (plaintext from
// before encryption at rest).
export function sealedKeyId(value: string | Uint8Array): string | null {
  if (typeof value === "string") {
    if (!value.startsWith(TEXT_PREFIX)) return null;
    return value.split(":")[1] ?? null;
  }
  const bytes = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  if (bytes.length < 5 || !bytes.subarray(0, 4).equals(BYTES_MAGIC)) return null;
  return bytes.subarray(5, 5 + bytes[4]!).toString("latin1");
}
