import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditAction } from "./audit-actions";
import type { AuditSummary } from "./audit-chain";
import { recordAuditEvent } from "./record-audit-event";

// Sign-ins and sign-outs belong to no one organisation: the event goes to every organisation the
// user is a member of (so each one's admins see it), or to the instance chain for a user with
// none, or for an email with no account. The email itself is never recorded: people type
// passwords into the email field. Heads are locked in id order, so two such transactions never
// wait for each other in a cycle.
export async function recordAccountEvent(
  tx: Prisma.TransactionClient,
  options: { userId: string | null; action: AuditAction; summary?: AuditSummary },
): Promise<void> {
  const { userId, action, summary } = options;
  const memberships = userId
    ? await tx.membership.findMany({
        where: { userId },
        select: { organisationId: true },
        orderBy: { organisationId: "asc" },
      })
    : [];
  const event = { actorUserId: userId, action, targetType: "user" as const, targetId: userId, summary };
  if (memberships.length === 0) return recordAuditEvent(tx, { ...event, organisationId: null });
  for (const { organisationId } of memberships) await recordAuditEvent(tx, { ...event, organisationId });
}
