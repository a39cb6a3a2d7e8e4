import "server-only";
import { db } from "@/lib/db/client";
import { requireOrgAccess } from "@/lib/tenancy/org-access";

export type ApiTokenRow = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revoked: boolean;
  expired: boolean;
};

export type ApiTokensPage = { organisationName: string; tokens: ApiTokenRow[] };

// The caller's own tokens in one organisation; the hash never leaves the database layer.
export async function getApiTokensPage(options: { userId: string; organisationId: string }): Promise<ApiTokensPage> {
  const access = await requireOrgAccess({ ...options, permission: "org.read" });
  const prisma = await db();
  const rows = await prisma.apiToken.findMany({
    where: { userId: options.userId, organisationId: options.organisationId },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true },
    orderBy: { createdAt: "desc" },
  });
  const now = Date.now();
  return {
    organisationName: access.organisationName,
    tokens: rows.map(({ revokedAt, ...row }) => ({
      ...row,
      revoked: revokedAt !== null,
      expired: row.expiresAt !== null && row.expiresAt.getTime() <= now,
    })),
  };
}
