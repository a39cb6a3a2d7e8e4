import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from "node:crypto";

// A backup archive is "LWBK1\n", one line of JSON header (KDF parameters, salt, iv), then the
// AES-256-GCM ciphertext and its 16-byte tag. The header is the associated data, so its parameters
// cannot be changed either. The key comes from a passphrase through scrypt.
const MAGIC = Buffer.from("LWBK1\n", "latin1");
const SCRYPT = { N: 2 ** 16, r: 8, p: 1 } as const;
const MIN_PASSPHRASE = 12;

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

type Header = { kdf: "scrypt"; N: number; r: number; p: number; salt: string; iv: string };

function deriveKey(passphrase: string, header: Header): Buffer {
  return scryptSync(passphrase, Buffer.from(header.salt, "base64"), 32, {
    N: header.N,
    r: header.r,
    p: header.p,
    maxmem: 256 * header.N * header.r,
  });
}

export function checkPassphrase(passphrase: string | undefined): string {
  if (!passphrase) throw new BackupError("Set BACKUP_PASSPHRASE to the archive's passphrase.");
  if (passphrase.length < MIN_PASSPHRASE) throw new BackupError(`BACKUP_PASSPHRASE must be at least ${MIN_PASSPHRASE} characters.`);
  return passphrase;
}

export function encryptArchive(options: { plaintext: Buffer; passphrase: string }): Buffer {
  const header: Header = { kdf: "scrypt", ...SCRYPT, salt: randomBytes(16).toString("base64"), iv: randomBytes(12).toString("base64") };
  const headerLine = Buffer.from(`${JSON.stringify(header)}\n`, "utf8");
  const cipher = createCipheriv("aes-256-gcm", deriveKey(checkPassphrase(options.passphrase), header), Buffer.from(header.iv, "base64"));
  cipher.setAAD(Buffer.concat([MAGIC, headerLine]));
  const ciphertext = Buffer.concat([cipher.update(options.plaintext), cipher.final()]);
  return Buffer.concat([MAGIC, headerLine, ciphertext, cipher.getAuthTag()]);
}

export function decryptArchive(options: { archive: Buffer; passphrase: string }): Buffer {
  const { archive } = options;
  if (!archive.subarray(0, MAGIC.length).equals(MAGIC)) throw new BackupError("This file is not a Layerwise backup archive.");
  const headerEnd = archive.indexOf(0x0a, MAGIC.length);
  if (headerEnd < 0 || archive.length < headerEnd + 1 + 16) throw new BackupError("The backup archive is truncated.");
  let header: Header;
  try {
    header = JSON.parse(archive.subarray(MAGIC.length, headerEnd).toString("utf8")) as Header;
  } catch {
    throw new BackupError("The backup archive's header is damaged.");
  }
  if (header.kdf !== "scrypt" || header.N > 2 ** 20 || header.r > 32 || header.p > 16) {
    throw new BackupError("The backup archive's header is damaged.");
  }
  const decipher = createDecipheriv("aes-256-gcm", deriveKey(checkPassphrase(options.passphrase), header), Buffer.from(header.iv, "base64"));
  decipher.setAAD(archive.subarray(0, headerEnd + 1));
  decipher.setAuthTag(archive.subarray(archive.length - 16));
  try {
    return Buffer.concat([decipher.update(archive.subarray(headerEnd + 1, archive.length - 16)), decipher.final()]);
  } catch {
    throw new BackupError("Wrong passphrase, or the backup archive was altered or damaged.");
  }
}
