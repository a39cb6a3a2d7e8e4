import { z } from "zod";
import { ZId } from "@/lib/invitations/schema";
import { ROADMAP_STATUSES } from "./merge-roadmap";

// Shared by the roadmap forms (zodResolver) and the actions. Client-safe: imports only zod and
// pure modules. Messages are full catalog keys in the "roadmap" namespace, so they cannot be
// mistaken for the generic `validation` keys of the same name.

export const PHASE_BASELINES = ["program", "layer"] as const;
export type TPhaseBaseline = (typeof PHASE_BASELINES)[number];

// none: no escalation; critical: risk 5 goes to phase 1 (the default); high: risk 4 and 5 do.
export const PHASE_ESCALATIONS = ["none", "critical", "high"] as const;
export type TPhaseEscalation = (typeof PHASE_ESCALATIONS)[number];

export const ROADMAP_NOTES_MAX = 2000;

export const ZRegenerateRoadmapInput = z.object({ assessmentId: ZId });
export type TRegenerateRoadmapInput = z.input<typeof ZRegenerateRoadmapInput>;

export const ZSetPhaseRuleInput = z.object({
  assessmentId: ZId,
  baseline: z.enum(PHASE_BASELINES, { error: "roadmap.validation.baselineInvalid" }),
  escalation: z.enum(PHASE_ESCALATIONS, { error: "roadmap.validation.escalationInvalid" }),
});
export type TSetPhaseRuleInput = z.input<typeof ZSetPhaseRuleInput>;

// Empty means "no owner" / "no due date": the form's select and date input give "" when cleared.
export const ZUpdateRoadmapItemInput = z.object({
  assessmentId: ZId,
  itemId: ZId,
  ownerPartyId: z
    .string({ error: "roadmap.validation.ownerInvalid" })
    .max(64, { error: "roadmap.validation.ownerInvalid" })
    .regex(/^[a-z0-9]*$/i, { error: "roadmap.validation.ownerInvalid" }),
  dueDate: z.union([z.literal(""), z.iso.date({ error: "roadmap.validation.dueDateInvalid" })], {
    error: "roadmap.validation.dueDateInvalid",
  }),
  status: z.enum(ROADMAP_STATUSES, { error: "roadmap.validation.statusInvalid" }),
  notes: z.string().trim().max(ROADMAP_NOTES_MAX, { error: "roadmap.validation.notesTooLong" }),
});
export type TUpdateRoadmapItemInput = z.input<typeof ZUpdateRoadmapItemInput>;
