import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MaturityRadar } from "@/components/charts/maturity-radar";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { AssessmentOverview } from "@/lib/assessments/queries";
import { AssessmentHeader } from "./assessment-header";

export async function AssessmentResults({ overview }: Readonly<{ overview: AssessmentOverview }>) {
  const t = await getTranslations("results");
  const base = `/orgs/${overview.organisationId}/assessments/${overview.id}`;
  const format = (n: number) => n.toFixed(2);
  return (
    <>
      <AssessmentHeader organisationId={overview.organisationId} assessmentId={overview.id} title={overview.title} programName={overview.programName} status={overview.status} current="results" />
      <div className="space-y-6">
        <dl className="grid gap-4 sm:grid-cols-3">
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-700">{t("overallLevel")}</dt>
            <dd className="text-3xl font-semibold" data-testid="overall-level">{overview.overall.level}</dd>
            <dd className="text-xs text-slate-600">{t("overallHint")}</dd>
          </div>
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-700">{t("meanLevel")}</dt>
            <dd className="text-3xl font-semibold">{format(overview.overall.meanLevel)}</dd>
          </div>
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-700">{t("completion")}</dt>
            <dd className="text-3xl font-semibold">{Math.round(overview.overall.completion * 100)}%</dd>
          </div>
        </dl>
        <Card title={t("radarTitle")}>
          <MaturityRadar
            data={overview.layers.map((l) => ({ layer: l.name, current: l.level, target: l.target }))}
            currentLabel={t("current")}
            targetLabel={t("target")}
          />
          <Table
            caption={t("tableCaption")}
            head={
              <tr>
                <Th>{t("layer")}</Th>
                <Th>{t("level")}</Th>
                <Th>{t("target")}</Th>
                <Th>{t("score")}</Th>
                <Th>{t("completion")}</Th>
              </tr>
            }
          >
            {overview.layers.map((l) => (
              <tr key={l.id} data-testid={`layer-row-${l.id}`}>
                <Td>{l.name}</Td>
                <Td>{l.level}{l.allNotApplicable ? ` ${t("allNotApplicable")}` : ""}</Td>
                <Td>{l.target}</Td>
                <Td>{format(l.score)}</Td>
                <Td>{Math.round(l.completion * 100)}%</Td>
              </tr>
            ))}
          </Table>
        </Card>
        <Card title={t("blockersTitle")}>
          <p className="mb-3 text-sm text-slate-700">{t("blockersIntro")}</p>
          <div className="space-y-4">
            {overview.layers.map((l) => (
              <section key={l.id} aria-labelledby={`blockers-${l.id}`}>
                <h3 id={`blockers-${l.id}`} className="font-semibold">
                  {l.level >= 4 ? t("layerAtTop", { layer: l.name }) : t("layerToNext", { layer: l.name, next: l.level + 1 })}
                </h3>
                {l.blockers.length > 0 ? (
                  <ul className="mt-1 list-disc pl-5 text-sm">
                    {l.blockers.map((b) => (
                      <li key={b.id}>
                        <Link className="text-brand-700 underline" href={`${base}/layers/${l.id}?practice=${b.id}`}>{b.id}</Link> {b.title}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </section>
            ))}
          </div>
        </Card>
      </div>
    </>
  );
}
