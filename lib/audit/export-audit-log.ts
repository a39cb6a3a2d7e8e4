import "server-only";
import { db } from "@/lib/db/client";
import { toCsv } from "@/lib/export/csv";
import { sha256Hex } from "@/lib/signing/ed25519";
import { requireOrgAccess } from "@/lib/tenancy/org-access";
import { AUDIT_CHAIN_FORMAT, canonicalJson } from "./audit-chain";
import { auditWhere } from "./audit-where";
import { recordAuditEvent } from "./record-audit-event";
import type { TAuditExportFormat, TAuditFilters } from "./schema";
import { verifyAuditChain } from "./verify-audit-chain";

export type AuditLogFile = { bytes: Uint8Array; fileName: string; contentType: string };

const CONTENT_TYPES: Record<TAuditExportFormat, string> = { csv: "text/csv; charset=utf-8", json: "application/json" };

// The organisation's events (filtered as on the page), oldest first, with everything needed to
// check them away from Layerwise: each event's hash, previous hash, signature and key id, and (in
// JSON) the public keys and the chain's verification at the time of export. The export itself is
// an audit event that records the file's SHA-256, so a copy can later be matched to it.
export async function exportAuditLog(options: {
  userId: string;
  organisationId: string;
  format: TAuditExportFormat;
  filters: TAuditFilters;
}): Promise<AuditLogFile> {
  const access = await requireOrgAccess({
    userId: options.userId,
    organisationId: options.organisationId,
    permission: "audit.read",
  });
  const prisma = await db();
  const events = await prisma.auditEvent.findMany({
    where: auditWhere({ organisationId: access.organisationId, filters: options.filters }),
    orderBy: { seq: "asc" },
  });
  const exportedAt = new Date();
  const rows = events.map((e) => ({
    seq: e.seq,
    createdAt: e.createdAt.toISOString(),
    actorUserId: e.actorUserId,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    summary: e.summary,
    prevHash: e.prevHash,
    hash: e.hash,
    signature: e.signature,
    keyId: e.keyId,
  }));
  let text: string;
  if (options.format === "csv") {
    const header = [
      "seq",
      "createdAt",
      "actorUserId",
      "action",
      "targetType",
      "targetId",
      "summary",
      "prevHash",
      "hash",
      "signature",
      "keyId",
    ] as const;
    text = toCsv({
      header,
      rows: rows.map((r) => header.map((h) => (h === "summary" ? canonicalJson(r.summary) : (r[h] ?? "")))),
    });
  } else {
    const [verification] = await verifyAuditChain(prisma, access.organisationId);
    const keyIds = [...new Set(events.map((e) => e.keyId))];
    const keys = await prisma.signingKey.findMany({
      where: { id: { in: keyIds } },
      select: { id: true, publicKey: true },
    });
    text = `${JSON.stringify(
      {
        format: `${AUDIT_CHAIN_FORMAT}-export`,
        chain: access.organisationId,
        organisationId: access.organisationId,
        exportedAt: exportedAt.toISOString(),
        filters: options.filters,
        verification: verification ?? null,
        publicKeys: keys.map((k) => ({ keyId: k.id, publicKey: k.publicKey })),
        events: rows,
      },
      null,
      2,
    )}\n`;
  }
  const bytes = new TextEncoder().encode(text);
  await prisma.$transaction((tx) =>
    recordAuditEvent(tx, {
      organisationId: access.organisationId,
      actorUserId: options.userId,
      action: "audit.export",
      targetType: "auditLog",
      targetId: access.organisationId,
      summary: {
        format: options.format,
        events: events.length,
        sha256: sha256Hex(bytes),
        filters: { ...options.filters },
      },
    }),
  );
  const day = exportedAt.toISOString().slice(0, 10);
  return { bytes, fileName: `audit-log-${day}.${options.format}`, contentType: CONTENT_TYPES[options.format] };
}
