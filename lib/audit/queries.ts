import "server-only";
import { db } from "@/lib/db/client";
import { requireOrgAccess } from "@/lib/tenancy/org-access";
import type { AuditSummary } from "./audit-chain";
import { auditWhere } from "./audit-where";
import { ZAuditFilters, ZAuditPage, type TAuditFilters } from "./schema";
import { verifyAuditChain, type ChainVerification } from "./verify-audit-chain";

export const AUDIT_PAGE_SIZE = 50;

export type AuditEventRow = {
  id: string;
  seq: number;
  createdAt: Date;
  actorUserId: string | null;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  summary: AuditSummary;
};

export type AuditPage = {
  organisationName: string;
  // As typed in the URL, for the form to show again.
  query: Record<"actor" | "action" | "target" | "from" | "to", string>;
  filters: TAuditFilters;
  fieldErrors: Record<string, string[]>;
  events: AuditEventRow[];
  total: number;
  page: number;
  pageCount: number;
  actors: Array<{ id: string; name: string }>;
  verification: ChainVerification | null;
};

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

// The audit page: one organisation's events, newest first, filtered by the URL. Invalid filters
// are reported on the form and show no events, rather than silently showing everything.
export async function getAuditPage(options: {
  userId: string;
  organisationId: string;
  searchParams: SearchParams;
}): Promise<AuditPage> {
  const access = await requireOrgAccess({
    userId: options.userId,
    organisationId: options.organisationId,
    permission: "audit.read",
  });
  const sp = options.searchParams;
  const query = {
    actor: first(sp.actor),
    action: first(sp.action),
    target: first(sp.target),
    from: first(sp.from),
    to: first(sp.to),
  };
  const parsedFilters = ZAuditFilters.safeParse(query);
  const parsedPage = ZAuditPage.safeParse(first(sp.page));
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of [
    ...(parsedFilters.error?.issues ?? []),
    ...(parsedPage.error?.issues.map((i) => ({ ...i, path: ["page"] })) ?? []),
  ]) {
    (fieldErrors[issue.path.join(".") || "form"] ??= []).push(issue.message);
  }
  const filters = parsedFilters.success ? parsedFilters.data : {};
  const prisma = await db();
  const where = auditWhere({ organisationId: access.organisationId, filters });
  const valid = parsedFilters.success && parsedPage.success;
  const [total, actorIds] = await Promise.all([
    valid ? prisma.auditEvent.count({ where }) : 0,
    prisma.auditEvent.findMany({
      where: { organisationId: access.organisationId },
      distinct: ["actorUserId"],
      select: { actorUserId: true },
    }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(parsedPage.success ? parsedPage.data : 1, pageCount);
  const events = valid
    ? await prisma.auditEvent.findMany({
        where,
        orderBy: { seq: "desc" },
        skip: (page - 1) * AUDIT_PAGE_SIZE,
        take: AUDIT_PAGE_SIZE,
      })
    : [];
  const users = await prisma.user.findMany({
    where: { id: { in: actorIds.flatMap((a) => (a.actorUserId ? [a.actorUserId] : [])) } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  const names = new Map(users.map((u) => [u.id, u.name]));
  const verification =
    first(sp.verify) === "1" ? ((await verifyAuditChain(prisma, access.organisationId))[0] ?? null) : null;
  return {
    organisationName: access.organisationName,
    query,
    filters,
    fieldErrors,
    events: events.map((e) => ({
      id: e.id,
      seq: e.seq,
      createdAt: e.createdAt,
      actorUserId: e.actorUserId,
      actorName: e.actorUserId ? (names.get(e.actorUserId) ?? null) : null,
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      summary: e.summary as AuditSummary,
    })),
    total,
    page,
    pageCount,
    actors: users,
    verification,
  };
}
