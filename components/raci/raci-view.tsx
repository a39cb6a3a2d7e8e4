import { getTranslations } from "next-intl/server";
import { AssessmentHeader } from "@/components/assessment/assessment-header";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { RaciPage } from "@/lib/raci/raci-page";
import { RaciMatrix } from "./raci-matrix";
import { RaciTools } from "./raci-tools";

export async function RaciView({ page }: Readonly<{ page: RaciPage }>) {
  const t = await getTranslations("raci");
  const { assessment } = page;
  const base = `/orgs/${assessment.organisationId}/assessments/${assessment.id}`;
  return (
    <>
      <AssessmentHeader organisationId={assessment.organisationId} assessmentId={assessment.id} title={assessment.title} programName={assessment.programName} status={assessment.status} current="raci" />
      <div className="space-y-6">
        <p className="max-w-3xl text-sm text-slate-800">{t("intro")}</p>
        {page.violationCount > 0 ? (
          <Alert tone="warning" title={t("violationsTitle", { count: page.violationCount })}>{t("violationsBody")}</Alert>
        ) : (
          <Alert tone="success">{t("valid")}</Alert>
        )}
        <Card title={t("matrixTitle")}>
          <RaciMatrix key={page.rows.map((r) => r.rowKey).join()} page={page} />
        </Card>
        {page.canEdit ? (
          <Card title={t("overridesTitle")}>
            <RaciTools assessmentId={assessment.id} practices={page.practicesWithoutOverride} />
          </Card>
        ) : null}
        <div className="flex flex-wrap gap-3">
          {page.canExport ? (
            <ButtonLink variant="secondary" href={`/api/assessments/${assessment.id}/raci.csv`} prefetch={false}>
              {t("downloadCsv")}
            </ButtonLink>
          ) : null}
          <ButtonLink variant="secondary" href={`${base}/raci/print`}>
            {t("printable")}
          </ButtonLink>
        </div>
      </div>
    </>
  );
}
