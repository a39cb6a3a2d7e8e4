import "server-only";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { requireAssessmentAccess } from "@/lib/tenancy/assessment-access";
import { isWellFormedId } from "@/lib/tenancy/well-formed-id";

export type EvidenceFile = { fileName: string; mimeType: string; bytes: Uint8Array };

// Any member of the assessment's organisation may download its evidence.
export async function getEvidenceFile(options: { userId: string; evidenceId: string }): Promise<EvidenceFile> {
  if (!isWellFormedId(options.evidenceId)) throw notFound("evidenceNotFound");
  const prisma = await db();
  const evidence = await prisma.evidence.findUnique({ where: { id: options.evidenceId } });
  if (!evidence || evidence.kind !== "FILE" || !evidence.content) throw notFound("evidenceNotFound");
  await requireAssessmentAccess({
    userId: options.userId,
    assessmentId: evidence.assessmentId,
    permission: "assessment.read",
  }).catch(() => {
    throw notFound("evidenceNotFound");
  });
  return {
    fileName: evidence.fileName ?? "evidence",
    mimeType: evidence.mimeType ?? "application/octet-stream",
    bytes: evidence.content,
  };
}
