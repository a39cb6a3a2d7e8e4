import { getTranslations } from "next-intl/server";
import { AssessmentHeader } from "@/components/assessment/assessment-header";
import { SectionIntro } from "@/components/assessment/section-intro";
import type { ReadinessPage } from "@/lib/readiness/queries";
import { AnnexASummary } from "./annex-a-summary";
import { AnnexATable } from "./annex-a-table";
import { IsmsClauseTable } from "./isms-clause-table";
import { IsmsStatusEditor } from "./isms-status-editor";
import { MissingIsmsItems } from "./missing-isms-items";
import { RecommendationPanel } from "./recommendation-panel";

export async function ReadinessView({ page }: Readonly<{ page: ReadinessPage }>) {
  const t = await getTranslations("readiness");
  const { assessment, report } = page;
  return (
    <>
      <AssessmentHeader
        organisationId={assessment.organisationId}
        assessmentId={assessment.id}
        title={assessment.title}
        programName={assessment.programName}
        status={assessment.status}
        current="readiness"
      />
      <div className="space-y-6">
        <SectionIntro title={t("title")} intro={t("intro")}>
          <p className="text-xs text-slate-600">{t("contentVersion", { version: report.contentVersion })}</p>
        </SectionIntro>
        <RecommendationPanel report={report} />
        <MissingIsmsItems items={report.missingIsmsItems} />
        <IsmsClauseTable clauses={report.isms.clauses} counts={report.isms.counts} />
        <IsmsStatusEditor
          assessmentId={assessment.id}
          status={assessment.status}
          canEdit={page.canEdit}
          clauses={report.isms.clauses}
          versions={page.ismsVersions}
        />
        <AnnexASummary coverage={report.annexA} />
        <AnnexATable controls={report.annexA.controls} />
      </div>
    </>
  );
}
