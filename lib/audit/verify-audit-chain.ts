import "server-only";
import type { KeyObject } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { publicKeyById } from "@/lib/signing/instance-key";
import { ChainChecker, INSTANCE_CHAIN, type BrokenLink } from "./audit-chain";

export type ChainVerification = {
  chain: string;
  organisationId: string | null;
  events: number;
  ok: boolean;
  brokenLink: BrokenLink | null;
};

const BATCH = 1000;

// Verifies every chain (each organisation's and the instance's), or only the given organisation's.
// Reusable by the CLI (scripts/audit-verify.ts), the audit page and backup/restore checks; it trusts
// the caller to have authorised the read.
export async function verifyAuditChain(prisma: PrismaClient, organisationId?: string): Promise<ChainVerification[]> {
  const chains = organisationId === undefined ? await allChains(prisma) : [organisationId];
  const keys = new Map<string, KeyObject | null>();
  const results: ChainVerification[] = [];
  for (const chain of chains) {
    const chainOrg = chain === INSTANCE_CHAIN ? null : chain;
    await preloadKeys({ prisma, chain, keys });
    const checker = new ChainChecker({ chain, organisationId: chainOrg, publicKey: (id) => keys.get(id) ?? null });
    for (let afterSeq = 0; ;) {
      const events = await prisma.auditEvent.findMany({
        where: { chain, seq: { gt: afterSeq } },
        orderBy: { seq: "asc" },
        take: BATCH,
      });
      if (!events.every((event) => checker.add(event)) || events.length < BATCH) break;
      afterSeq = events.at(-1)!.seq;
    }
    const head = await prisma.auditChainHead.findUnique({ where: { chain } });
    const brokenLink = checker.finish(head);
    results.push({ chain, organisationId: chainOrg, events: checker.checked, ok: !brokenLink, brokenLink });
  }
  return results;
}

async function allChains(prisma: PrismaClient): Promise<string[]> {
  const [heads, events] = await Promise.all([
    prisma.auditChainHead.findMany({ select: { chain: true } }),
    prisma.auditEvent.findMany({ distinct: ["chain"], select: { chain: true } }),
  ]);
  return [...new Set([...heads, ...events].map((row) => row.chain))].sort();
}

async function preloadKeys(options: { prisma: PrismaClient; chain: string; keys: Map<string, KeyObject | null> }) {
  const rows = await options.prisma.auditEvent.findMany({
    where: { chain: options.chain },
    distinct: ["keyId"],
    select: { keyId: true },
  });
  for (const { keyId } of rows) {
    if (!options.keys.has(keyId)) options.keys.set(keyId, await publicKeyById({ prisma: options.prisma, keyId }));
  }
}
