import { z } from "zod";
import { ACTOR_IDS } from "@/lib/content/schema";
import { ZId } from "@/lib/invitations/schema";
import { RACI_ROLES } from "./rules";

// A row key is a layer id or a practice id; which ones exist depends on the assessment's content
// version, so the server checks it against that.
const ZRowKey = z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9.-]+$/, { error: "idInvalid" });

// "" clears the cell.
export const ZSetRaciCellInput = z.object({
  assessmentId: ZId,
  rowKey: ZRowKey,
  actorId: z.enum(ACTOR_IDS, { error: "actorInvalid" }),
  role: z.enum([...RACI_ROLES, ""], { error: "raciRoleInvalid" }),
});
export type TSetRaciCellInput = z.input<typeof ZSetRaciCellInput>;

export const ZRaciOverrideInput = z.object({ assessmentId: ZId, practiceId: ZRowKey });
export type TRaciOverrideInput = z.input<typeof ZRaciOverrideInput>;

export const ZResetRaciInput = z.object({ assessmentId: ZId });
