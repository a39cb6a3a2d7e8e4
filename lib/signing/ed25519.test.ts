import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  generateSigningKey,
  importPrivateKeyPem,
  importPublicKeyPem,
  keyIdOf,
  privateKeyPem,
  publicKeyPem,
  sha256Hex,
  signBytes,
  verifyBytes,
} from "./ed25519";

const message = new TextEncoder().encode("layerwise-export-v1\ncode:LW-0000-0000-0000");

describe("Ed25519 signing helpers", () => {
  it("signs and verifies bytes, and refuses another message or key", () => {
    const key = generateSigningKey();
    const signature = signBytes({ privateKey: key.privateKey, message });
    expect(Buffer.from(signature, "base64")).toHaveLength(64);
    expect(verifyBytes({ publicKey: key.publicKey, message, signature })).toBe(true);
    const changed = Uint8Array.from(message);
    changed[changed.length - 1] = (changed.at(-1) ?? 0) ^ 1;
    expect(verifyBytes({ publicKey: key.publicKey, message: changed, signature })).toBe(false);
    expect(verifyBytes({ publicKey: generateSigningKey().publicKey, message, signature })).toBe(false);
    expect(verifyBytes({ publicKey: key.publicKey, message, signature: "not base64 at all" })).toBe(false);
  });

  it("derives a 16-hex key id from the public key, the same after a PEM round trip", () => {
    const key = generateSigningKey();
    expect(key.keyId).toMatch(/^[0-9a-f]{16}$/);
    const imported = importPrivateKeyPem(privateKeyPem(key));
    expect(imported.keyId).toBe(key.keyId);
    const publicOnly = importPublicKeyPem(publicKeyPem(key));
    expect(publicOnly && keyIdOf(publicOnly)).toBe(key.keyId);
    expect(generateSigningKey().keyId).not.toBe(key.keyId);
  });

  it("reads a PEM given on one line with \\n escapes, as env files carry it", () => {
    const key = generateSigningKey();
    const oneLine = privateKeyPem(key).trim().replace(/\n/g, "\\n");
    expect(importPrivateKeyPem(oneLine).keyId).toBe(key.keyId);
  });

  it("refuses a key that is not Ed25519 or not a key, without quoting it", () => {
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 })
      .privateKey.export({ type: "pkcs8", format: "pem" })
      .toString();
    expect(() => importPrivateKeyPem(rsa)).toThrow("not an Ed25519 key");
    const secret = "-----BEGIN PRIVATE KEY-----\nc2VjcmV0\n-----END PRIVATE KEY-----";
    let message = "";
    try {
      importPrivateKeyPem(secret);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe("The signing key is not a PKCS#8 PEM private key");
    expect(importPublicKeyPem("garbage")).toBeNull();
  });

  it("hashes with SHA-256 in lowercase hex", () => {
    expect(sha256Hex(new TextEncoder().encode("abc"))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });
});
