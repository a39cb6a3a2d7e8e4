import { z } from "zod";
import { ZPracticeId } from "@/lib/answers/schema";
import { ZId } from "@/lib/invitations/schema";

export const ZAddCommentInput = z.object({
  assessmentId: ZId,
  practiceId: ZPracticeId,
  body: z.string().trim().min(1, { error: "commentRequired" }).max(4000, { error: "commentTooLong" }),
});
export type TAddCommentInput = z.input<typeof ZAddCommentInput>;
