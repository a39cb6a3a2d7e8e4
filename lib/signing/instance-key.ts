import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { sealTextField } from "@/lib/crypto/field-cipher";
import { env } from "@/lib/env";
import {
  generateSigningKey,
  importPrivateKeyPem,
  importPublicKeyPem,
  keyIdOf,
  privateKeyPem,
  publicKeyPem,
  type SigningKeyPair,
} from "./ed25519";

export type InstanceKey = SigningKeyPair & { source: "configuration" | "database" };

// A key given by configuration is recorded with its public half only: the private key then lives
// in configuration alone. A generated private key is encrypted at rest (lib/crypto).
const HELD_IN_CONFIGURATION = "";

// One key per database (tests open several), loaded once per process. Kept on globalThis like the
// database itself (lib/db/client.ts): Next may load this module more than once, and audit events
// are signed inside transactions, where PGlite's one connection cannot load the key.
const cache: WeakMap<PrismaClient, Promise<InstanceKey>> = ((globalThis as { __layerwiseInstanceKeys?: WeakMap<PrismaClient, Promise<InstanceKey>> })
  .__layerwiseInstanceKeys ??= new WeakMap());

export async function getInstanceKey(): Promise<InstanceKey> {
  const prisma = await db();
  let pending = cache.get(prisma);
  if (!pending) {
    pending = loadInstanceKey({ prisma, configuredPem: env().SIGNING_PRIVATE_KEY }).catch((error: unknown) => {
      cache.delete(prisma);
      throw error;
    });
    cache.set(prisma, pending);
  }
  return pending;
}

// SIGNING_PRIVATE_KEY wins: its public key is recorded (so its exports stay verifiable after a
// rotation) and every other key is retired. Otherwise the oldest active generated key is used,
// and one is generated when there is none.
export async function loadInstanceKey(options: { prisma: PrismaClient; configuredPem?: string }): Promise<InstanceKey> {
  const { prisma, configuredPem } = options;
  if (configuredPem) {
    const key = importPrivateKeyPem(configuredPem);
    await prisma.$transaction([
      prisma.signingKey.upsert({
        where: { id: key.keyId },
        create: { id: key.keyId, publicKey: publicKeyPem(key), privateKey: HELD_IN_CONFIGURATION },
        update: { retiredAt: null },
      }),
      prisma.signingKey.updateMany({
        where: { id: { not: key.keyId }, retiredAt: null },
        data: { retiredAt: new Date() },
      }),
    ]);
    return { ...key, source: "configuration" };
  }
  const active = await oldestActiveKey(prisma);
  if (active) return { ...importPrivateKeyPem(active.privateKey), source: "database" };
  const generated = generateSigningKey();
  const row = { id: generated.keyId };
  const privateKey = sealTextField({ table: "SigningKey", column: "privateKey", row, value: privateKeyPem(generated) }) ?? "";
  await prisma.signingKey.create({ data: { ...row, publicKey: publicKeyPem(generated), privateKey } });
  // Two processes starting together may both generate a key: both then take the oldest, and the
  // loser removes its own, which has signed nothing.
  const winner = await oldestActiveKey(prisma);
  if (!winner) throw new Error("The signing key could not be stored");
  if (winner.id !== generated.keyId) {
    await prisma.signingKey.deleteMany({ where: { id: generated.keyId } });
    return { ...importPrivateKeyPem(winner.privateKey), source: "database" };
  }
  return { ...generated, source: "database" };
}

function oldestActiveKey(prisma: PrismaClient) {
  return prisma.signingKey.findFirst({
    where: { retiredAt: null, privateKey: { not: HELD_IN_CONFIGURATION } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

// Any key this instance has signed with, current or retired. The stored id must be the public
// key's own: a row whose public key was swapped under an existing id is not trusted.
export async function publicKeyById(options: { prisma: PrismaClient; keyId: string }) {
  const row = await options.prisma.signingKey.findUnique({ where: { id: options.keyId }, select: { publicKey: true } });
  const key = row ? importPublicKeyPem(row.publicKey) : null;
  return key && keyIdOf(key) === options.keyId ? key : null;
}

// For pages: the id shown next to exports, without handing the key itself to a component.
export async function getInstanceKeyId(): Promise<string> {
  return (await getInstanceKey()).keyId;
}
