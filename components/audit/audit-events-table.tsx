import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { auditQueryString, type AuditQuery } from "@/lib/audit/audit-url";
import type { AuditPage } from "@/lib/audit/queries";

// What changed, as recorded: short key=value pairs (the summary holds ids, levels, roles and counts,
// never free text).
function summaryText(summary: Record<string, unknown>): string {
  return Object.entries(summary)
    .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join(" · ");
}

export async function AuditEventsTable({ organisationId, page, query }: Readonly<{ organisationId: string; page: AuditPage; query: AuditQuery }>) {
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const path = `/orgs/${organisationId}/settings/audit`;
  if (page.events.length === 0) return <p className="text-sm text-slate-700">{t("none")}</p>;
  return (
    <>
      <Table
        caption={t("tableCaption", { total: page.total })}
        head={
          <tr>
            <Th>{t("seq")}</Th>
            <Th>{t("time")}</Th>
            <Th>{t("actor")}</Th>
            <Th>{t("action")}</Th>
            <Th>{t("target")}</Th>
            <Th>{t("summary")}</Th>
          </tr>
        }
      >
        {page.events.map((event) => (
          <tr key={event.id}>
            <Td>{event.seq}</Td>
            <Td>
              <time dateTime={event.createdAt.toISOString()}>
                {format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" })}
              </time>
            </Td>
            <Td>{event.actorName ?? (event.actorUserId ? t("formerUser") : t("noActor"))}</Td>
            <Td>{t(`actions.${event.action}` as never)}</Td>
            <Td>
              <span className="text-slate-700">{t(`targets.${event.targetType}` as never)}</span>
              {event.targetId ? <span className="block break-all font-mono text-xs">{event.targetId}</span> : null}
            </Td>
            <Td>
              <span className="break-all font-mono text-xs">{summaryText(event.summary)}</span>
            </Td>
          </tr>
        ))}
      </Table>
      <nav aria-label={t("pagination")} className="mt-4 flex items-center justify-between text-sm">
        {page.page > 1 ? (
          <Link href={`${path}${auditQueryString({ ...query, page: page.page - 1 })}`} className="text-brand-700 underline">
            {t("newer")}
          </Link>
        ) : (
          <span />
        )}
        <span>{t("pageOf", { page: page.page, pages: page.pageCount })}</span>
        {page.page < page.pageCount ? (
          <Link href={`${path}${auditQueryString({ ...query, page: page.page + 1 })}`} className="text-brand-700 underline">
            {t("older")}
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </>
  );
}
