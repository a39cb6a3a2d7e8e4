import { z } from "zod";
import { ZId } from "@/lib/invitations/schema";

// Shared by the ISMS status form (zodResolver) and its action. Client-safe: imports only zod.
// Messages are full catalog keys in the "readiness" namespace. Whether the item id belongs to the
// assessment's pinned content is checked on the server.

// Mirrors the IsmsStatus enum of prisma/schema.prisma.
export const ISMS_STATUSES = ["IN_PLACE", "PARTLY", "MISSING"] as const;
export type TIsmsStatus = (typeof ISMS_STATUSES)[number];

export const ISMS_EVIDENCE_MAX = 2000;

export const ZSetIsmsItemStatusInput = z.object({
  assessmentId: ZId,
  itemId: z
    .string({ error: "readiness.validation.itemInvalid" })
    .regex(/^ISMS-\d+(?:\.\d+)*$/, { error: "readiness.validation.itemInvalid" }),
  status: z.enum(ISMS_STATUSES, { error: "readiness.validation.statusInvalid" }),
  evidence: z.string().trim().max(ISMS_EVIDENCE_MAX, { error: "readiness.validation.evidenceTooLong" }),
  // The version the form was loaded with; 0 when the item had no record yet.
  version: z
    .int({ error: "readiness.validation.versionInvalid" })
    .min(0, { error: "readiness.validation.versionInvalid" }),
});
export type TSetIsmsItemStatusInput = z.input<typeof ZSetIsmsItemStatusInput>;
