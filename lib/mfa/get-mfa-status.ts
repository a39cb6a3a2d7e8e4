import "server-only";
import { db } from "@/lib/db/client";

export type MfaStatus = {
  enabledAt: Date | null;
  recoveryCodesLeft: number;
  hasPassword: boolean;
  // Organisations the user belongs to that require MFA of every member.
  requiredBy: string[];
};

export async function getMfaStatus(options: { userId: string }): Promise<MfaStatus> {
  const prisma = await db();
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: options.userId },
    select: {
      mfaEnabledAt: true,
      passwordHash: true,
      memberships: { where: { organisation: { requireMfa: true } }, select: { organisation: { select: { name: true } } } },
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  return {
    enabledAt: user.mfaEnabledAt,
    recoveryCodesLeft: user._count.recoveryCodes,
    hasPassword: user.passwordHash !== null,
    requiredBy: user.memberships.map((m) => m.organisation.name),
  };
}
