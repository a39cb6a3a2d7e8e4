import { z } from "zod";
import { LAYER_IDS, type TLayerId } from "@/lib/content/schema";
import { ZId } from "@/lib/invitations/schema";

export const ZTargetLevel = z.coerce
  .number({ error: "targetInvalid" })
  .int({ error: "targetInvalid" })
  .min(1, { error: "targetInvalid" })
  .max(4, { error: "targetInvalid" });

export const ZLayerTargets = z.object(
  Object.fromEntries(LAYER_IDS.map((id) => [id, ZTargetLevel])) as Record<TLayerId, typeof ZTargetLevel>,
);

export const ZCreateAssessmentInput = z.object({
  organisationId: ZId,
  programId: ZId,
  title: z.string().trim().min(2, { error: "titleTooShort" }).max(160, { error: "titleTooLong" }),
  targets: ZLayerTargets,
  startFrom: z.enum(["blank", "lastApproved"]),
});
export type TCreateAssessmentInput = z.input<typeof ZCreateAssessmentInput>;

export const ZTransitionAssessmentInput = z
  .object({
    assessmentId: ZId,
    action: z.enum(["submit", "return", "approve", "archive"], { error: "actionInvalid" }),
    comment: z.string().trim().max(4000, { error: "commentTooLong" }).optional(),
  })
  .refine((input) => input.action !== "return" || (input.comment?.length ?? 0) > 0, {
    message: "returnNeedsComment",
    path: ["comment"],
  });
export type TTransitionAssessmentInput = z.input<typeof ZTransitionAssessmentInput>;
