import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { sha256Hex, signBytes } from "./ed25519";
import { exportMessage } from "./export-message";
import { getInstanceKey } from "./instance-key";
import { newVerificationCode } from "./verification-code";

// What a renderer may print in the file it makes: the code, the key and the time that the
// signature will cover.
export type ExportStamp = { code: string; keyId: string; createdAt: Date };

export type SignedExport = {
  bytes: Uint8Array;
  code: string;
  keyId: string;
  sha256: string;
  createdAt: Date;
  fileName: string;
};

const ATTEMPTS = 3;

// Renders the file with its verification code in it, hashes it, signs the hash (with the code,
// assessment, organisation, kind and time: lib/signing/export-message.ts) with the instance key
// and records the export with its audit event. The caller has already authorised the export for
// createdById: this function trusts the ids it is given.
export async function signExport(options: {
  organisationId: string;
  assessmentId: string;
  kind: string;
  fileName: string;
  createdById: string;
  render: (stamp: ExportStamp) => Uint8Array | Promise<Uint8Array>;
}): Promise<SignedExport> {
  const key = await getInstanceKey();
  const prisma = await db();
  for (let attempt = 1; ; attempt++) {
    const stamp: ExportStamp = { code: newVerificationCode(), keyId: key.keyId, createdAt: new Date() };
    const bytes = await options.render(stamp);
    const sha256 = sha256Hex(bytes);
    const fields = {
      ...stamp,
      assessmentId: options.assessmentId,
      organisationId: options.organisationId,
      kind: options.kind,
      sha256,
    };
    const signature = signBytes({ privateKey: key.privateKey, message: exportMessage(fields) });
    try {
      await prisma.$transaction(async (tx) => {
        const record = await tx.exportRecord.create({
          data: {
            code: stamp.code,
            organisationId: options.organisationId,
            assessmentId: options.assessmentId,
            kind: options.kind,
            fileName: options.fileName,
            sha256,
            signature,
            keyId: key.keyId,
            createdById: options.createdById,
            createdAt: stamp.createdAt,
          },
        });
        await recordAuditEvent(tx, {
          organisationId: options.organisationId,
          actorUserId: options.createdById,
          action: "export.create",
          targetType: "export",
          targetId: record.id,
          summary: { assessmentId: options.assessmentId, kind: options.kind, code: stamp.code, sha256 },
        });
      });
      return {
        bytes,
        code: stamp.code,
        keyId: key.keyId,
        sha256,
        createdAt: stamp.createdAt,
        fileName: options.fileName,
      };
    } catch (error) {
      // A code drawn twice (1 in 2^55 per pair) meets the unique index: draw again and re-render.
      if (attempt >= ATTEMPTS || (error as { code?: string }).code !== "P2002") throw error;
    }
  }
}
