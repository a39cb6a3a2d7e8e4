import { getTranslations } from "next-intl/server";
import { AuditEventsTable } from "@/components/audit/audit-events-table";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditVerification } from "@/components/audit/audit-verification";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { getAuditPage } from "@/lib/audit/queries";
import { requireUser } from "@/lib/auth/session";
import { guardPage } from "@/lib/http/page-guard";

export default async function AuditPage({ params, searchParams }: Readonly<{
  params: Promise<{ orgId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}>) {
  const { orgId } = await params;
  const user = await requireUser();
  const page = await guardPage(async () => getAuditPage({ userId: user.id, organisationId: orgId, searchParams: await searchParams }));
  const t = await getTranslations("audit");
  // Links keep the filters as typed, and the page only when it is not the first.
  const query = { ...page.query, page: page.page > 1 ? page.page : undefined };
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { organisation: page.organisationName })} />
      <div className="space-y-6">
        <Card title={t("verifyTitle")}>
          <AuditVerification organisationId={orgId} verification={page.verification} query={{ ...page.query }} />
        </Card>
        <Card title={t("filterTitle")}>
          <AuditFilterForm organisationId={orgId} page={page} />
        </Card>
        <Card title={t("eventsTitle")}>
          <AuditEventsTable organisationId={orgId} page={page} query={query} />
        </Card>
      </div>
    </>
  );
}
