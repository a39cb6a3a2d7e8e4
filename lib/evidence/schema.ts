import { z } from "zod";
import { ZPracticeId } from "@/lib/answers/schema";
import { ZId } from "@/lib/invitations/schema";

export const ZEvidenceDescription = z
  .string()
  .trim()
  .min(1, { error: "evidenceDescriptionRequired" })
  .max(500, { error: "evidenceDescriptionTooLong" });

export const ZAddEvidenceLinkInput = z.object({
  assessmentId: ZId,
  practiceId: ZPracticeId,
  url: z.url({ protocol: /^https?$/, error: "evidenceUrlInvalid" }).max(2000, { error: "evidenceUrlInvalid" }),
  description: ZEvidenceDescription,
});
export type TAddEvidenceLinkInput = z.input<typeof ZAddEvidenceLinkInput>;

// The non-file fields of an upload (multipart form), validated the same way.
export const ZUploadEvidenceFields = z.object({
  assessmentId: ZId,
  practiceId: ZPracticeId,
  description: ZEvidenceDescription,
});

export const ZRemoveEvidenceInput = z.object({ evidenceId: ZId });
