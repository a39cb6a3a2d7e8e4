import { z } from "zod";
import { ZId } from "@/lib/invitations/schema";

// Shared by the staffed-roles form and its action. Client-safe. Whether each id is a team role of
// the content is checked on the server, against the assessment's pinned content.
export const ZSetStaffedRolesInput = z.object({
  assessmentId: ZId,
  staffedRoles: z
    .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "teamPlan.validation.roleInvalid" }), {
      error: "teamPlan.validation.roleInvalid",
    })
    .max(50, { error: "teamPlan.validation.roleInvalid" }),
});
export type TSetStaffedRolesInput = z.input<typeof ZSetStaffedRolesInput>;
