import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import type { LayerQuestionnaire } from "@/lib/assessments/queries";
import { AssessmentHeader } from "./assessment-header";
import { LayerTabs } from "./layer-tabs";
import { PracticeCard } from "./practice-card";
import { ProgressBar } from "./progress-bar";

// One layer of the questionnaire, level by level: as a list, or one practice at a time.
export async function Questionnaire({ questionnaire, focusId }: Readonly<{ questionnaire: LayerQuestionnaire; focusId?: string }>) {
  const t = await getTranslations("questionnaire");
  const { overview, layer, levels, editable } = questionnaire;
  const base = `/orgs/${overview.organisationId}/assessments/${overview.id}/layers/${layer.id}`;
  const all = levels.flatMap((l) => l.practices);
  const focusIndex = focusId ? all.findIndex((p) => p.id === focusId) : -1;
  const summary = overview.layers.find((l) => l.id === layer.id)!;
  return (
    <>
      <AssessmentHeader organisationId={overview.organisationId} assessmentId={overview.id} title={overview.title} programName={overview.programName} status={overview.status} current="questionnaire" />
      <LayerTabs organisationId={overview.organisationId} assessmentId={overview.id} layers={overview.layers} currentId={layer.id} />
      <section aria-labelledby="layer-heading" className="mt-6 space-y-6">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <h2 id="layer-heading" className="text-xl font-semibold">{layer.name}</h2>
            <p className="max-w-3xl text-sm text-slate-700">{layer.description}</p>
          </div>
          <div className="w-64 space-y-1 text-sm">
            <p>{t("layerProgress", { answered: summary.answered, applicable: summary.applicable })}</p>
            <ProgressBar value={summary.completion} label={t("layerCompletion", { layer: layer.name })} />
            <p className="text-xs text-slate-600">{t("overallProgress", { percent: Math.round(overview.overall.completion * 100) })}</p>
          </div>
        </div>
        {!editable ? <Alert tone="info">{t("readOnly")}</Alert> : null}
        <p className="text-sm">
          {focusIndex >= 0 ? (
            <Link className="text-brand-700 underline" href={base}>{t("showList")}</Link>
          ) : all[0] ? (
            <Link className="text-brand-700 underline" href={`${base}?practice=${all[0].id}`}>{t("oneAtATime")}</Link>
          ) : null}
        </p>
        {focusIndex >= 0 ? (
          <div className="space-y-4">
            <PracticeCard assessmentId={overview.id} practice={all[focusIndex]!} canComment={questionnaire.canComment} />
            <nav aria-label={t("practiceNav")} className="flex justify-between text-sm">
              {focusIndex > 0 ? <Link className="text-brand-700 underline" href={`${base}?practice=${all[focusIndex - 1]!.id}`}>{t("previous")}</Link> : <span />}
              {focusIndex < all.length - 1 ? <Link className="text-brand-700 underline" href={`${base}?practice=${all[focusIndex + 1]!.id}`}>{t("next")}</Link> : <span />}
            </nav>
          </div>
        ) : (
          levels.map((level) => (
            <section key={level.level} aria-labelledby={`level-${level.level}`} className="space-y-3">
              <h3 id={`level-${level.level}`} className="text-lg font-semibold">{t("levelHeading", { level: level.level, name: level.name })}</h3>
              {level.practices.map((practice) => (
                <PracticeCard key={practice.id} assessmentId={overview.id} practice={practice} canComment={questionnaire.canComment} />
              ))}
            </section>
          ))
        )}
      </section>
    </>
  );
}
