import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/assessment/status-badge";
import { ProgramDashboard } from "@/components/dashboard/program-dashboard";
import { PageHeader } from "@/components/layout/page-header";
import { StartAssessmentForm } from "@/components/programs/start-assessment-form";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getModelOverview } from "@/lib/content/queries";
import { getProgramDashboard } from "@/lib/dashboard/queries";
import { guardPage } from "@/lib/http/page-guard";
import { getProgramPage } from "@/lib/programs/queries";

export default async function ProgramPage({
  params,
  searchParams,
}: Readonly<{ params: Promise<{ orgId: string; programId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }>) {
  const { orgId, programId } = await params;
  const user = await requireUser();
  const page = await guardPage(() => getProgramPage({ userId: user.id, organisationId: orgId, programId }));
  const dashboard = await guardPage(async () =>
    getProgramDashboard({ userId: user.id, organisationId: orgId, programId, searchParams: await searchParams }),
  );
  const t = await getTranslations("programs");
  const format = (date: Date) => date.toISOString().slice(0, 10);
  return (
    <>
      <PageHeader title={page.program.name} description={[page.program.platform, page.program.description].filter(Boolean).join(" · ")} />
      <div className="space-y-6">
        <Card title={t("assessmentsTitle")}>
          {page.assessments.length === 0 ? (
            <p className="text-sm text-slate-700">{t("noAssessments")}</p>
          ) : (
            <Table
              caption={t("assessmentsTitle")}
              captionHidden
              head={
                <tr>
                  <Th>{t("assessmentTitle")}</Th>
                  <Th>{t("status")}</Th>
                  <Th>{t("started")}</Th>
                  <Th>{t("overallLevel")}</Th>
                </tr>
              }
            >
              {page.assessments.map((a) => (
                <tr key={a.id}>
                  <Td>
                    <Link className="font-medium text-brand-700 underline" href={`/orgs/${orgId}/assessments/${a.id}`}>
                      {a.title}
                    </Link>
                  </Td>
                  <Td><StatusBadge status={a.status} /></Td>
                  <Td>{format(a.createdAt)}</Td>
                  <Td>{a.overallLevel ?? "—"}</Td>
                </tr>
              ))}
            </Table>
          )}
        </Card>
        <ProgramDashboard action={`/orgs/${orgId}/programs/${programId}`} dashboard={dashboard} />
        {can(page.access.role, "assessments.create") ? (
          <Card title={t("startTitle")}>
            <StartAssessmentForm
              organisationId={orgId}
              programId={programId}
              hasApproved={page.hasApproved}
              layers={getModelOverview().layers.map((l) => ({ id: l.id, name: l.name }))}
              levels={getModelOverview().levels.map((l) => ({ level: l.level, name: l.name }))}
            />
          </Card>
        ) : null}
      </div>
    </>
  );
}
