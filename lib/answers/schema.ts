import { z } from "zod";
import { PRACTICE_ID_PATTERN } from "@/lib/content/schema";
import { ZId } from "@/lib/invitations/schema";

export const ANSWER_VALUES = ["NOT_IMPLEMENTED", "PARTIALLY", "LARGELY", "FULLY", "NOT_APPLICABLE"] as const;
export const ZAnswerValue = z.enum(ANSWER_VALUES, { error: "answerValueInvalid" });
export const ZPracticeId = z.string().regex(PRACTICE_ID_PATTERN, { error: "practiceIdInvalid" });

// version: the answer version the user started from (0 when there was no answer yet). A save
// succeeds only if nobody has saved in between; otherwise it is a conflict, and nothing is lost.
export const ZAnswerBody = z
  .object({
    value: ZAnswerValue,
    notes: z.string().trim().max(4000, { error: "notesTooLong" }).optional(),
    justification: z.string().trim().max(4000, { error: "justificationTooLong" }).optional(),
    version: z.number({ error: "versionInvalid" }).int({ error: "versionInvalid" }).min(0, { error: "versionInvalid" }),
  })
  .refine((a) => a.value !== "NOT_APPLICABLE" || (a.justification?.length ?? 0) > 0, {
    message: "justificationRequired",
    path: ["justification"],
  });

export const ZSaveAnswerInput = z.intersection(z.object({ assessmentId: ZId, practiceId: ZPracticeId }), ZAnswerBody);

export type TAnswerBody = z.input<typeof ZAnswerBody>;
export type TSaveAnswerInput = z.infer<typeof ZSaveAnswerInput>;
