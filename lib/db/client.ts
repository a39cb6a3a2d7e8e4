import { PrismaClient } from "@/generated/prisma/client";
import { withDecryption } from "@/lib/crypto/decrypt-extension";
import { encryptPlaintextFields } from "@/lib/crypto/reencrypt-fields";
import { env } from "@/lib/env";
import { migrate } from "./migrate";
import { openPglite, openPostgres, type RawDatabase } from "./raw";

export type Database = { prisma: PrismaClient; raw: RawDatabase };

type Holder = { pending?: Promise<Database> };

// One database per process: PGlite cannot be opened twice, and Next may load this module more than once.
const holder: Holder = ((globalThis as { __layerwiseDb?: Holder }).__layerwiseDb ??= {});

export async function openDatabase(): Promise<RawDatabase> {
  const { DATABASE_URL, DATA_DIR } = env();
  return DATABASE_URL ? openPostgres(DATABASE_URL) : openPglite(DATA_DIR);
}

// Migrations run whenever a process opens the database: a started app is always on the latest schema,
// and values stored before encryption at rest (or by an older version) are encrypted.
export async function prepareDatabase(raw: RawDatabase): Promise<Database> {
  await migrate(raw);
  await encryptPlaintextFields(raw);
  return { raw, prisma: withDecryption(new PrismaClient({ adapter: raw.adapter })) };
}

export function getDatabase(): Promise<Database> {
  holder.pending ??= openDatabase()
    .then(prepareDatabase)
    .catch((error: unknown) => {
      holder.pending = undefined;
      throw error;
    });
  return holder.pending;
}

export async function db(): Promise<PrismaClient> {
  return (await getDatabase()).prisma;
}

// Tests and scripts point the process at a database they opened themselves.
export function setActiveDatabase(database: Database): void {
  holder.pending = Promise.resolve(database);
}
