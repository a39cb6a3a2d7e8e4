import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TSetOrganisationMfaInput } from "@/lib/mfa/schema";
import { requireOrgAccess } from "@/lib/tenancy/org-access";

// Requiring MFA takes effect at every member's next request (lib/auth/session-stage.ts): members
// without it are sent to enrol before anything else.
export async function setOrganisationMfa(options: { userId: string; input: TSetOrganisationMfaInput }): Promise<void> {
  const access = await requireOrgAccess({ userId: options.userId, organisationId: options.input.organisationId, permission: "settings.manage" });
  const prisma = await db();
  // The admin turning it on goes first, so they are never sent to enrol by their own switch.
  if (options.input.requireMfa) {
    const self = await prisma.user.findUniqueOrThrow({ where: { id: options.userId }, select: { mfaEnabledAt: true } });
    if (!self.mfaEnabledAt) throw new AppError({ code: "CONFLICT", messageKey: "mfaRequireOwnFirst" });
  }
  await prisma.organisation.update({ where: { id: access.organisationId }, data: { requireMfa: options.input.requireMfa } });
}
