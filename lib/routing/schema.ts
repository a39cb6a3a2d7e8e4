import { z } from "zod";
import { ZId } from "@/lib/invitations/schema";

// `version` is the answer version the confirmer reviewed: a newer answer must be reviewed first.
export const ZConfirmAnswerInput = z.object({
  assessmentId: ZId,
  practiceId: z.string().trim().min(1).max(40),
  version: z.number().int().min(1),
});
export type TConfirmAnswerInput = z.input<typeof ZConfirmAnswerInput>;
