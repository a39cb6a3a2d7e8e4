import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { dashboardQuery } from "@/lib/dashboard/filters";
import type { OrgDashboard as TOrgDashboard } from "@/lib/dashboard/queries";
import { DashboardFilters } from "./dashboard-filters";
import { GapOwnersCard } from "./gap-owners-card";
import { LevelDistributionCard } from "./level-distribution-card";
import { LevelHeatmap } from "./level-heatmap";
import { LevelTrendCard } from "./level-trend-card";
import { ReadinessCard } from "./readiness-card";
import { RoadmapProgressCard } from "./roadmap-progress-card";

export async function OrgDashboard({ dashboard }: Readonly<{ dashboard: TOrgDashboard }>) {
  const t = await getTranslations("dashboard");
  const orgId = dashboard.access.organisationId;
  const base = `/orgs/${orgId}/dashboard`;
  if (dashboard.programs.length === 0) return <GettingStarted organisationId={orgId} />;
  const { filters } = dashboard;
  const layerName = filters.layer ? (dashboard.layers.find((l) => l.id === filters.layer)?.name ?? null) : null;
  const trendLayers = filters.layer ? dashboard.layers.filter((l) => l.id === filters.layer) : dashboard.layers;
  return (
    <div className="space-y-6">
      <DashboardFilters action={base} filters={filters} ignored={dashboard.ignored} programs={dashboard.programPicker.programs} partialPrograms={dashboard.programPicker.partial} layers={dashboard.layers} />
      <dl className="grid gap-4 sm:grid-cols-3">
        <Stat label={t("stats.programs")} value={dashboard.programCount} />
        <Stat label={t(`stats.assessed.${filters.status}`)} value={dashboard.assessedCount} />
        <Stat label={t("stats.openGaps")} value={dashboard.roadmap.total.open + dashboard.roadmap.total.inProgress} />
      </dl>
      {dashboard.assessedCount === 0 ? (
        <Alert tone="info" title={t(`noneAssessed.${filters.status}`)}>
          {filters.status === "approved" ? (
            <Link className="underline" href={`${base}${dashboardQuery(filters, { status: "in-progress", page: 1 })}`}>{t("noneAssessed.showInProgress")}</Link>
          ) : (
            <Link className="underline" href={`/orgs/${orgId}/programs`}>{t("noneAssessed.startOne")}</Link>
          )}
        </Alert>
      ) : null}
      <Card title={t("heatmap.title")}>
        <p className="mb-3 text-sm text-slate-700">{t(`heatmap.intro.${filters.status}`)}</p>
        <LevelHeatmap organisationId={orgId} heatmap={dashboard.heatmap} layers={dashboard.layers} filters={filters} />
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <LevelDistributionCard distribution={dashboard.distribution} layerName={layerName} />
        <ReadinessCard organisationId={orgId} readiness={dashboard.readiness} />
      </div>
      <LevelTrendCard title={t("trend.title")} intro={t("trend.intro")} trend={dashboard.trend} layers={trendLayers} />
      <RoadmapProgressCard roadmap={dashboard.roadmap} intro={t("roadmap.intro")} />
      <GapOwnersCard roadmap={dashboard.roadmap} />
    </div>
  );
}

function Stat({ label, value }: Readonly<{ label: string; value: number }>) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="text-3xl font-semibold">{value}</dd>
    </div>
  );
}

// What a new organisation does first, in order.
async function GettingStarted({ organisationId }: Readonly<{ organisationId: string }>) {
  const t = await getTranslations("dashboard.start");
  return (
    <Card title={t("title")}>
      <p className="mb-3 text-sm text-slate-800">{t("intro")}</p>
      <ol className="mb-4 list-decimal space-y-1 pl-5 text-sm text-slate-900">
        <li>{t("step1")}</li>
        <li>{t("step2")}</li>
        <li>{t("step3")}</li>
        <li>{t("step4")}</li>
      </ol>
      <Link className={buttonClasses("primary")} href={`/orgs/${organisationId}/programs`}>{t("action")}</Link>
    </Card>
  );
}
