import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { ReadinessReport } from "@/lib/readiness/build-readiness-report";
import { CERTIFICATION_MIN_LEVEL, type ConditionResult } from "@/lib/readiness/certification-recommendation";
import { conditionReason, type ReadinessTranslate } from "@/lib/readiness/condition-reason";
import { ISMS_TONE, READINESS_TONE } from "./tones";

export async function RecommendationPanel({ report }: Readonly<{ report: ReadinessReport }>) {
  const t = await getTranslations("readiness");
  const { recommendation } = report;
  const minimum = CERTIFICATION_MIN_LEVEL;
  // The catalog's keys are typed; conditionReason builds them from data, so it takes a plain signature.
  const reason = (condition: ConditionResult) => conditionReason(condition, t as unknown as ReadinessTranslate);

  return (
    <Card title={t("recommendation.title")}>
      <div className="space-y-4">
        <p className="flex flex-wrap items-center gap-2 text-base" data-testid="readiness-status">
          <span className="font-medium text-slate-800">{t("recommendation.statusLabel")}:</span>
          <Badge tone={READINESS_TONE[recommendation.readinessStatus]}>
            {t(`recommendation.status.${recommendation.readinessStatus}`)}
          </Badge>
        </p>
        <p className="text-sm text-slate-800">
          {t(`recommendation.summary.${recommendation.readinessStatus}`, { count: recommendation.failing.length })}
        </p>
        <p className="max-w-3xl text-sm text-slate-700">{t("recommendation.rule", { minimum })}</p>
        <div className="overflow-x-auto">
          <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
            <caption className="sr-only">{t("recommendation.caption")}</caption>
            <thead className="bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("recommendation.condition")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("recommendation.result")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("recommendation.reason")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {recommendation.conditions.map((condition) => (
                <tr key={condition.key} data-testid={`readiness-condition-${condition.key}`}>
                  <th scope="row" className="px-3 py-2 align-top font-medium text-slate-900">
                    {t(`recommendation.conditions.${condition.key}`, { minimum })}
                  </th>
                  <td className="whitespace-nowrap px-3 py-2 align-top">
                    <Badge tone={condition.passed ? ISMS_TONE.IN_PLACE : ISMS_TONE.MISSING}>
                      {condition.passed ? t("recommendation.passed") : t("recommendation.failed")}
                    </Badge>
                  </td>
                  <td className="px-3 py-2 align-top text-slate-800">{reason(condition)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </Card>
  );
}
