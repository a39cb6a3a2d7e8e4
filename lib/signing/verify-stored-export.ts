import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { publicKeyById } from "./instance-key";
import { verifyExport, type ExportLookup, type StoredExport, type VerificationResult } from "./verify-export";

// Public: anyone holding a file or a code may ask. Nothing here depends on who asks.
export async function verifyStoredExport(input: { bytes?: Uint8Array; code?: string }): Promise<VerificationResult> {
  return verifyExport({ ...input, lookup: databaseExportLookup(await db()) });
}

const WITH_DETAILS = {
  assessment: { select: { title: true, program: { select: { name: true } } } },
  organisation: { select: { name: true } },
} satisfies Prisma.ExportRecordInclude;

type RecordWithDetails = Prisma.ExportRecordGetPayload<{ include: typeof WITH_DETAILS }>;

function stored(record: RecordWithDetails | null): StoredExport | null {
  if (!record) return null;
  return {
    code: record.code,
    assessmentId: record.assessmentId,
    organisationId: record.organisationId,
    kind: record.kind,
    sha256: record.sha256,
    createdAt: record.createdAt,
    signature: record.signature,
    keyId: record.keyId,
    details: {
      code: record.code,
      assessmentTitle: record.assessment.title,
      programName: record.assessment.program.name,
      organisationName: record.organisation.name,
      kind: record.kind,
      fileName: record.fileName,
      createdAt: record.createdAt.toISOString(),
      keyId: record.keyId,
      sha256: record.sha256,
    },
  };
}

export function databaseExportLookup(prisma: PrismaClient): ExportLookup {
  return {
    bySha256: async (sha256) =>
      stored(
        await prisma.exportRecord.findFirst({
          where: { sha256 },
          include: WITH_DETAILS,
          orderBy: { createdAt: "asc" },
        }),
      ),
    byCode: async (code) => stored(await prisma.exportRecord.findUnique({ where: { code }, include: WITH_DETAILS })),
    publicKey: (keyId) => publicKeyById({ prisma, keyId }),
  };
}
