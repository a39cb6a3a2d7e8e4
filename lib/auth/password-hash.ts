import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane (argon2id is the library default;
// its enum is a const enum that isolated modules cannot read).
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(options: { hash: string; password: string }): Promise<boolean> {
  try {
    return await verify(options.hash, options.password);
  } catch {
    return false;
  }
}

// Spends the same time as a real check, so unknown emails cannot be told apart by timing.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("layerwise-timing-equaliser");
  await verifyPassword({ hash: await dummyHash, password });
  return false;
}
