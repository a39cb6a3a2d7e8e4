import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { getInstanceKey } from "@/lib/signing/instance-key";
import type { AuditAction, AuditTargetType } from "./audit-actions";
import { GENESIS_HASH, INSTANCE_CHAIN, sealEvent, type AuditSummary, type ChainedFields } from "./audit-chain";

export type AuditEventInput = {
  // Null: an event outside any organisation (the instance chain).
  organisationId: string | null;
  actorUserId: string | null;
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string | null;
  // Who/what changed, never free text a user wrote (justifications, notes, comments, file
  // contents): say that it changed and how long it is. No IP addresses or user agents.
  summary?: AuditSummary;
};

// Appends one event to its organisation's chain inside the caller's transaction, so the event
// commits or rolls back with the change it records. Call it last in the transaction: it locks the
// chain's head row until commit, and every other change to the organisation waits for that lock.
export async function recordAuditEvent(tx: Prisma.TransactionClient, input: AuditEventInput): Promise<void> {
  const key = await getInstanceKey();
  const chain = input.organisationId ?? INSTANCE_CHAIN;
  // The upsert takes the head's row lock: concurrent appends to this chain queue here, and each
  // then sees the seq and hash the one before it committed.
  const [head] = await tx.$queryRaw<Array<{ seq: number; hash: string }>>`
    INSERT INTO "AuditChainHead" ("chain", "seq", "hash") VALUES (${chain}, 1, ${GENESIS_HASH})
    ON CONFLICT ("chain") DO UPDATE SET "seq" = "AuditChainHead"."seq" + 1
    RETURNING "seq", "hash"`;
  const fields: ChainedFields = {
    chain,
    organisationId: input.organisationId,
    seq: head!.seq,
    prevHash: head!.hash,
    actorUserId: input.actorUserId,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId,
    summary: input.summary ?? {},
    createdAt: new Date(),
  };
  const { hash, signature } = sealEvent({ fields, privateKey: key.privateKey });
  await tx.$executeRaw`
    WITH "event" AS (
      INSERT INTO "AuditEvent" ("id", "chain", "organisationId", "seq", "actorUserId", "action", "targetType", "targetId",
                                "summary", "createdAt", "prevHash", "hash", "signature", "keyId")
      VALUES (${randomUUID().replaceAll("-", "")}, ${chain}, ${fields.organisationId}, ${fields.seq}, ${fields.actorUserId},
              ${fields.action}, ${fields.targetType}, ${fields.targetId}, CAST(${JSON.stringify(fields.summary)} AS jsonb),
              ${fields.createdAt}, ${fields.prevHash}, ${hash}, ${signature}, ${key.keyId})
    )
    UPDATE "AuditChainHead" SET "hash" = ${hash} WHERE "chain" = ${chain}`;
}
