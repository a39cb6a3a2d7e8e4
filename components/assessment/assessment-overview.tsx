import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ExportsCard } from "@/components/exports/exports-card";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { AssessmentOverview } from "@/lib/assessments/queries";
import { AssessmentHeader } from "./assessment-header";
import { LifecyclePanel } from "./lifecycle-panel";
import { ProgressBar } from "./progress-bar";

export async function AssessmentOverviewView({ overview }: Readonly<{ overview: AssessmentOverview }>) {
  const t = await getTranslations("assessment");
  const base = `/orgs/${overview.organisationId}/assessments/${overview.id}`;
  return (
    <>
      <AssessmentHeader organisationId={overview.organisationId} assessmentId={overview.id} title={overview.title} programName={overview.programName} status={overview.status} current="overview" />
      <div className="space-y-6">
        {overview.status !== "DRAFT" ? <Alert tone="info">{t(`readOnly.${overview.status}`)}</Alert> : null}
        <Card title={t("progressTitle")}>
          <div className="mb-4 max-w-md">
            <ProgressBar value={overview.overall.completion} label={t("overallCompletion")} />
          </div>
          <Table
            caption={t("layersCaption")}
            captionHidden
            head={
              <tr>
                <Th>{t("layer")}</Th>
                <Th>{t("answered")}</Th>
                <Th>{t("completion")}</Th>
                <Th>{t("levelNow")}</Th>
                <Th>{t("target")}</Th>
              </tr>
            }
          >
            {overview.layers.map((layer) => (
              <tr key={layer.id}>
                <Td>
                  <Link className="font-medium text-brand-700 underline" href={`${base}/layers/${layer.id}`}>
                    {layer.name}
                  </Link>
                </Td>
                <Td>{t("answeredOf", { answered: layer.answered, applicable: layer.applicable })}</Td>
                <Td>
                  <div className="w-40">
                    <ProgressBar value={layer.completion} label={t("layerCompletion", { layer: layer.name })} />
                  </div>
                </Td>
                <Td>{layer.level}</Td>
                <Td>{layer.target}</Td>
              </tr>
            ))}
          </Table>
        </Card>
        <LifecyclePanel assessmentId={overview.id} status={overview.status} actions={overview.actions} blockers={overview.blockers} />
        <ExportsCard assessmentId={overview.id} role={overview.role} />
        {overview.comments.length > 0 ? (
          <Card title={t("reviewComments")}>
            <ul className="space-y-3">
              {overview.comments.map((c) => (
                <li key={c.id} className="text-sm">
                  <p className="font-medium">{c.author} · {c.createdAt.toISOString().slice(0, 16).replace("T", " ")}</p>
                  <p className="whitespace-pre-wrap text-slate-800">{c.body}</p>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
      </div>
    </>
  );
}
