import { getTranslations } from "next-intl/server";
import { MaturityRadar } from "@/components/charts/maturity-radar";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { DASHBOARD_PERIODS } from "@/lib/dashboard/filters";
import type { ProgramDashboard as TProgramDashboard } from "@/lib/dashboard/queries";
import { LevelTrendCard } from "./level-trend-card";
import { RoadmapProgressCard } from "./roadmap-progress-card";

// A program's own dashboard: latest against target, its trend per layer, its roadmap progress.
export async function ProgramDashboard({ action, dashboard }: Readonly<{ action: string; dashboard: TProgramDashboard }>) {
  const t = await getTranslations("dashboard");
  const { radar } = dashboard;
  return (
    <div className="space-y-6">
      {radar ? (
        <Card title={t("program.radarTitle", { title: radar.title })}>
          <MaturityRadar data={radar.layers.map((l) => ({ layer: l.name, current: l.level, target: l.target }))} currentLabel={t("program.current")} targetLabel={t("program.target")} />
          <Table
            caption={t("program.radarTitle", { title: radar.title })}
            captionHidden
            head={
              <tr>
                <Th>{t("program.layer")}</Th>
                <Th>{t("program.current")}</Th>
                <Th>{t("program.target")}</Th>
              </tr>
            }
          >
            {radar.layers.map((l) => (
              <tr key={l.layerId}>
                <Td>{l.name}</Td>
                <Td>{l.level}</Td>
                <Td>{l.target}</Td>
              </tr>
            ))}
          </Table>
        </Card>
      ) : null}
      <form method="get" action={action} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4" role="search" aria-label={t("filters.label")}>
        {dashboard.ignored.length > 0 ? (
          <div className="w-full">
            <Alert tone="warning">{t("filters.ignored", { filters: dashboard.ignored.map((key) => t(`filters.${key}`)).join(", ") })}</Alert>
          </div>
        ) : null}
        <div>
          <label htmlFor="program-period" className="block text-sm font-medium">{t("filters.period")}</label>
          <select id="program-period" name="period" defaultValue={dashboard.period} className="block rounded-md border border-slate-400 bg-white px-3 py-2 text-sm">
            {DASHBOARD_PERIODS.map((period) => (
              <option key={period} value={period}>{t(`filters.periods.${period}`)}</option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClasses("secondary")}>{t("filters.apply")}</button>
      </form>
      <LevelTrendCard title={t("program.trendTitle")} intro={t("program.trendIntro")} trend={dashboard.trend} layers={dashboard.layers} />
      <RoadmapProgressCard roadmap={dashboard.roadmap} intro={t("program.roadmapIntro")} />
    </div>
  );
}
