import { getTranslations } from "next-intl/server";
import { OrgDashboard } from "@/components/dashboard/org-dashboard";
import { PageHeader } from "@/components/layout/page-header";
import { requireUser } from "@/lib/auth/session";
import { getOrgDashboard } from "@/lib/dashboard/queries";
import { guardPage } from "@/lib/http/page-guard";

export default async function DashboardPage({
  params,
  searchParams,
}: Readonly<{ params: Promise<{ orgId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }>) {
  const { orgId } = await params;
  const user = await requireUser();
  const dashboard = await guardPage(async () => getOrgDashboard({ userId: user.id, organisationId: orgId, searchParams: await searchParams }));
  const t = await getTranslations("dashboard");
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { organisation: dashboard.access.organisationName })} />
      <OrgDashboard dashboard={dashboard} />
    </>
  );
}
