import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from "node:crypto";

// The instance's signing key: Ed25519, stored as PEM (PKCS#8 private, SPKI public). The key id is
// the first 16 hex characters of the SHA-256 of the public key's DER, so anyone holding the public
// key can recompute it.
export type SigningKeyPair = { keyId: string; privateKey: KeyObject; publicKey: KeyObject };

export function keyIdOf(publicKey: KeyObject): string {
  return createHash("sha256")
    .update(publicKey.export({ type: "spki", format: "der" }))
    .digest("hex")
    .slice(0, 16);
}

export function generateSigningKey(): SigningKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return { keyId: keyIdOf(publicKey), privateKey, publicKey };
}

export function privateKeyPem(key: SigningKeyPair): string {
  return key.privateKey.export({ type: "pkcs8", format: "pem" }).toString();
}

export function publicKeyPem(key: Pick<SigningKeyPair, "publicKey">): string {
  return key.publicKey.export({ type: "spki", format: "pem" }).toString();
}

// Configuration often carries a PEM on one line with literal "\n" escapes (env files, secrets UIs).
// The error never quotes the value: it is a secret.
export function importPrivateKeyPem(pem: string): SigningKeyPair {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: pem.replace(/\\n/g, "\n").trim(), format: "pem" });
  } catch {
    throw new Error("The signing key is not a PKCS#8 PEM private key");
  }
  if (privateKey.asymmetricKeyType !== "ed25519") throw new Error("The signing key is not an Ed25519 key");
  const publicKey = createPublicKey(privateKey);
  return { keyId: keyIdOf(publicKey), privateKey, publicKey };
}

export function importPublicKeyPem(pem: string): KeyObject | null {
  try {
    const key = createPublicKey({ key: pem, format: "pem" });
    return key.asymmetricKeyType === "ed25519" ? key : null;
  } catch {
    return null;
  }
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

// Ed25519 takes no separate digest (algorithm null); the signature is returned as base64.
export function signBytes(options: { privateKey: KeyObject; message: Uint8Array }): string {
  return sign(null, options.message, options.privateKey).toString("base64");
}

export function verifyBytes(options: { publicKey: KeyObject; message: Uint8Array; signature: string }): boolean {
  const signature = Buffer.from(options.signature, "base64");
  if (signature.length !== 64) return false;
  try {
    return verify(null, options.message, options.publicKey, signature);
  } catch {
    return false;
  }
}
