import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditSummary } from "@/lib/audit/audit-chain";
import { sealBytesField, sealTextField } from "@/lib/crypto/field-cipher";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { newRowId } from "@/lib/db/new-row-id";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { requirePracticeWrite } from "@/lib/raci/require-practice-write";
import { ALLOWED_EVIDENCE_EXTENSIONS, detectEvidenceType } from "./detect-file-type";
import type { TAddEvidenceLinkInput } from "./schema";

async function requireEditablePractice(options: { userId: string; assessmentId: string; practiceId: string }) {
  return (await requirePracticeWrite(options)).assessment;
}

// One evidence row and its audit event, in the caller's transaction. The summary carries no free
// text: the callers give lengths, types and hashes.
async function createEvidenceAudited(
  tx: Prisma.TransactionClient,
  options: {
    assessment: { id: string; organisationId: string };
    userId: string;
    practiceId: string;
    kind: "LINK" | "FILE";
    data: Omit<Prisma.EvidenceUncheckedCreateInput, "assessmentId" | "practiceId" | "kind" | "uploadedById">;
    summary: AuditSummary;
  },
) {
  const { assessment, userId, practiceId, kind } = options;
  const created = await tx.evidence.create({
    data: { ...options.data, assessmentId: assessment.id, practiceId, kind, uploadedById: userId },
  });
  await recordAuditEvent(tx, {
    organisationId: assessment.organisationId,
    actorUserId: userId,
    action: "evidence.add",
    targetType: "evidence",
    targetId: created.id,
    summary: { assessmentId: assessment.id, practiceId, kind, ...options.summary },
  });
  return created;
}

export async function addEvidenceLink(options: {
  userId: string;
  input: TAddEvidenceLinkInput;
}): Promise<{ id: string }> {
  const { userId, input } = options;
  const assessment = await requireEditablePractice({ userId, ...input });
  const prisma = await db();
  const row = { id: newRowId() };
  // The link and description are the user's words: recorded by length only.
  const evidence = await prisma.$transaction((tx) =>
    createEvidenceAudited(tx, {
      assessment,
      userId,
      practiceId: input.practiceId,
      kind: "LINK",
      data: {
        ...row,
        url: sealTextField({ table: "Evidence", column: "url", row, value: input.url }),
        description: sealTextField({ table: "Evidence", column: "description", row, value: input.description }) ?? "",
      },
      summary: { urlLength: input.url.length, descriptionLength: input.description.length },
    }),
  );
  return { id: evidence.id };
}

export async function uploadEvidenceFile(options: {
  userId: string;
  input: { assessmentId: string; practiceId: string; description: string };
  file: { name: string; bytes: Uint8Array };
}): Promise<{ id: string }> {
  const { userId, input, file } = options;
  const assessment = await requireEditablePractice({ userId, ...input });
  const maxBytes = Math.round(env().EVIDENCE_MAX_MB * 1024 * 1024);
  if (file.bytes.byteLength === 0) throw new AppError({ code: "BAD_INPUT", messageKey: "evidenceEmpty" });
  if (file.bytes.byteLength > maxBytes)
    throw new AppError({ code: "BAD_INPUT", messageKey: "evidenceTooLarge", values: { max: env().EVIDENCE_MAX_MB } });
  const type = await detectEvidenceType({ bytes: file.bytes, fileName: file.name });
  if (!type.ok) {
    throw new AppError({
      code: "BAD_INPUT",
      messageKey: "evidenceTypeRefused",
      values: { found: type.found, allowed: ALLOWED_EVIDENCE_EXTENSIONS.join(", ") },
    });
  }
  const prisma = await db();
  const row = { id: newRowId() };
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  // The file's name and content stay out of the event; its type, size and hash identify it.
  const evidence = await prisma.$transaction((tx) =>
    createEvidenceAudited(tx, {
      assessment,
      userId,
      practiceId: input.practiceId,
      kind: "FILE",
      data: {
        ...row,
        description: sealTextField({ table: "Evidence", column: "description", row, value: input.description }) ?? "",
        fileName: sealTextField({ table: "Evidence", column: "fileName", row, value: safeFileName(file.name, type.ext) }),
        mimeType: type.mime,
        sizeBytes: file.bytes.byteLength,
        sha256,
        content: sealBytesField({ table: "Evidence", column: "content", row, value: file.bytes }),
      },
      summary: { mimeType: type.mime, sizeBytes: file.bytes.byteLength, sha256, descriptionLength: input.description.length },
    }),
  );
  return { id: evidence.id };
}

// Keeps a readable name but only safe characters, and always the extension of the detected type.
function safeFileName(name: string, ext: string): string {
  const base =
    name
      .replace(/\.[^.]*$/, "")
      .normalize("NFKC")
      .replace(/[^\p{L}\p{N} ._-]+/gu, "_")
      .trim()
      .slice(0, 120) || "evidence";
  return `${base}.${ext}`;
}
