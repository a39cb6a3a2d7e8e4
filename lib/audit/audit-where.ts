import type { Prisma } from "@/generated/prisma/client";
import type { TAuditFilters } from "./schema";

// One organisation's events, narrowed by the page's filters. Dates are whole UTC days.
export function auditWhere(options: { organisationId: string; filters: TAuditFilters }): Prisma.AuditEventWhereInput {
  const { organisationId, filters } = options;
  const and: Prisma.AuditEventWhereInput[] = [{ organisationId }];
  if (filters.actor) and.push({ actorUserId: filters.actor });
  if (filters.action) and.push({ action: filters.action });
  if (filters.target) {
    and.push({
      OR: [
        { targetId: filters.target },
        { targetId: { startsWith: `${filters.target}/` } },
        { summary: { path: ["assessmentId"], equals: filters.target } },
      ],
    });
  }
  if (filters.from) and.push({ createdAt: { gte: new Date(`${filters.from}T00:00:00.000Z`) } });
  if (filters.to)
    and.push({ createdAt: { lt: new Date(new Date(`${filters.to}T00:00:00.000Z`).getTime() + 86_400_000) } });
  return { AND: and };
}
