import { z } from "zod";
import { AUDIT_ACTIONS } from "./audit-actions";

// The audit page's filters, as they appear in its URL (and the export link): empty means "any".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

export const ZAuditFilters = z
  .object({
    actor: optional(
      z
        .string()
        .max(64, { error: "audit.validation.actorInvalid" })
        .regex(/^[A-Za-z0-9_-]+$/, { error: "audit.validation.actorInvalid" }),
    ),
    action: optional(z.enum(AUDIT_ACTIONS, { error: "audit.validation.actionInvalid" })),
    // An id: the event's target, or the assessment the event belongs to.
    target: optional(
      z
        .string()
        .trim()
        .max(200, { error: "audit.validation.targetInvalid" })
        .regex(/^[A-Za-z0-9_./-]+$/, { error: "audit.validation.targetInvalid" }),
    ),
    from: optional(z.iso.date({ error: "audit.validation.dateInvalid" })),
    to: optional(z.iso.date({ error: "audit.validation.dateInvalid" })),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: "audit.validation.dateOrder", path: ["to"] });

export type TAuditFilters = z.output<typeof ZAuditFilters>;

export const ZAuditPage = z.preprocess(
  (value) => (value === "" || value === undefined ? 1 : value),
  z.coerce
    .number({ error: "audit.validation.pageInvalid" })
    .int({ error: "audit.validation.pageInvalid" })
    .min(1, { error: "audit.validation.pageInvalid" })
    .max(1_000_000, { error: "audit.validation.pageInvalid" }),
);

export const AUDIT_EXPORT_FORMATS = ["csv", "json"] as const;
export const ZAuditExportFormat = z.enum(AUDIT_EXPORT_FORMATS, { error: "audit.validation.formatInvalid" });
export type TAuditExportFormat = z.output<typeof ZAuditExportFormat>;
