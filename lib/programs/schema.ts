import { z } from "zod";
import { ZId } from "@/lib/invitations/schema";

export const ZProgramName = z.string().trim().min(2, { error: "programNameTooShort" }).max(120, { error: "programNameTooLong" });

export const ZCreateProgramInput = z.object({
  organisationId: ZId,
  name: ZProgramName,
  platform: z.string().trim().max(60, { error: "platformTooLong" }),
  description: z.string().trim().max(2000, { error: "descriptionTooLong" }),
});
export type TCreateProgramInput = z.input<typeof ZCreateProgramInput>;
