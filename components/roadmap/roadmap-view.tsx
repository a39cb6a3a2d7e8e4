import { getTranslations } from "next-intl/server";
import { AssessmentHeader } from "@/components/assessment/assessment-header";
import { SectionIntro } from "@/components/assessment/section-intro";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import type { RoadmapPage } from "@/lib/roadmap/queries";
import { GenerateRoadmapButton } from "./generate-roadmap-button";
import { PhaseRuleForm } from "./phase-rule-form";
import { RoadmapItemCard } from "./roadmap-item-card";
import { RoadmapProgress } from "./roadmap-progress";

export async function RoadmapView({ page }: Readonly<{ page: RoadmapPage }>) {
  const t = await getTranslations("roadmap");
  const { assessment } = page;
  const generated = page.generatedAt !== null;
  const itemCount = page.phases.reduce((sum, phase) => sum + phase.items.length, 0);
  return (
    <>
      <AssessmentHeader
        organisationId={assessment.organisationId}
        assessmentId={assessment.id}
        title={assessment.title}
        programName={assessment.programName}
        status={assessment.status}
        current="roadmap"
      />
      <div className="space-y-6">
        <SectionIntro title={t("title")} intro={t("intro")} />
        {page.locked ? <Alert tone="info">{t("locked", { status: assessment.status })}</Alert> : null}
        {!page.locked && !page.canEdit ? <Alert tone="info">{t("readOnly")}</Alert> : null}

        {!generated ? (
          <Card title={t("emptyTitle")}>
            <p className="mb-4 text-sm text-slate-700">
              {page.canEdit ? t("emptyLead") : page.locked ? t("emptyLocked") : t("emptyOthers")}
            </p>
            {page.canEdit ? <GenerateRoadmapButton assessmentId={assessment.id} firstTime /> : null}
          </Card>
        ) : (
          <StaleNotice page={page} />
        )}

        <PhaseRuleCard page={page} />

        {generated ? (
          <>
            <RoadmapProgress progress={page.progress} />
            {itemCount === 0 ? <Alert tone="success">{t("noGaps")}</Alert> : null}
            {page.phases.map(({ phase, items }) => (
              <section key={phase} aria-labelledby={`roadmap-phase-${phase}`} className="space-y-3">
                <h2 id={`roadmap-phase-${phase}`} className="text-lg font-semibold text-slate-900">
                  {t("phase", { phase })}{" "}
                  <span className="text-sm font-normal text-slate-700">
                    ({t("phaseCount", { count: items.length })})
                  </span>
                </h2>
                {items.length === 0 ? (
                  <p className="text-sm text-slate-700">{t("phaseEmpty")}</p>
                ) : (
                  <ol className="space-y-3">
                    {items.map((item) => (
                      <li key={item.id}>
                        <RoadmapItemCard
                          item={item}
                          assessmentId={assessment.id}
                          canEdit={page.canEdit}
                          parties={page.parties}
                        />
                      </li>
                    ))}
                  </ol>
                )}
              </section>
            ))}
          </>
        ) : null}
      </div>
    </>
  );
}

async function StaleNotice({ page }: Readonly<{ page: RoadmapPage }>) {
  const t = await getTranslations("roadmap");
  const generatedAt = page.generatedAt?.toISOString().slice(0, 16).replace("T", " ") ?? "";
  const stale = page.staleness === "planChanged" || page.staleness === "answersChanged" ? page.staleness : null;
  return (
    <div className="space-y-3">
      {stale ? (
        <Alert tone="warning">
          {t(`stale.${stale}`)} {page.canEdit ? t("stale.leadHint") : page.locked ? null : t("stale.othersHint")}
        </Alert>
      ) : null}
      <div className="flex flex-wrap items-start gap-4">
        <p className="text-sm text-slate-700">{t("generatedAt", { date: generatedAt })}</p>
        {page.canEdit ? <GenerateRoadmapButton assessmentId={page.assessment.id} firstTime={false} /> : null}
      </div>
    </div>
  );
}

async function PhaseRuleCard({ page }: Readonly<{ page: RoadmapPage }>) {
  const t = await getTranslations("roadmap.phaseRule");
  const { baseline, escalation } = page.phaseRule;
  return (
    <Card title={t("title")}>
      <p className="mb-4 max-w-3xl text-sm text-slate-700">{t("explain")}</p>
      {page.canEdit ? (
        <PhaseRuleForm assessmentId={page.assessment.id} current={page.phaseRule} />
      ) : (
        <p className="text-sm text-slate-800">
          {t("current", {
            baseline: t(`baseline.${baseline}`),
            escalation: escalation ? t(`escalation.${escalation}`) : t("customEscalation"),
          })}
        </p>
      )}
    </Card>
  );
}
