import { getTranslations } from "next-intl/server";
import { BarFigure } from "@/components/charts/bar-figure";
import { Card } from "@/components/ui/card";
import { Td, Th } from "@/components/ui/table";
import type { KeyedCounts, RoadmapSummary } from "@/lib/dashboard/roadmap-summary";
import { ChartTable } from "./data-table";
import { STATUS_COLORS } from "./palette";

// Open / in progress / done by phase and by accountable actor, stacked.
export async function RoadmapProgressCard({ roadmap, intro }: Readonly<{ roadmap: RoadmapSummary; intro: string }>) {
  const t = await getTranslations("dashboard.roadmap");
  const series = [
    { key: "open", label: t("open"), color: STATUS_COLORS.open },
    { key: "inProgress", label: t("inProgress"), color: STATUS_COLORS.inProgress },
    { key: "done", label: t("done"), color: STATUS_COLORS.done },
  ];
  const name = (row: KeyedCounts, unassigned: string) => (row.key === "" ? unassigned : row.label);
  const sections = [
    { title: t("byPhase"), rows: roadmap.byPhase, label: (row: KeyedCounts) => t("phase", { phase: Number(row.key) }) },
    { title: t("byActor"), rows: roadmap.byActor, label: (row: KeyedCounts) => name(row, t("noAccountable")) },
  ];
  return (
    <Card title={t("title")}>
      <p className="mb-3 text-sm text-slate-700">{intro}</p>
      <p className="mb-4 text-sm text-slate-900" data-testid="dashboard-roadmap-summary">{t("summary", { ...roadmap.total })}</p>
      {roadmap.total.total === 0 ? (
        <p className="text-sm text-slate-800">{t("empty")}</p>
      ) : (
        <div className="grid gap-6 xl:grid-cols-2">
          {sections.map((section) => (
            <section key={section.title} aria-label={section.title}>
              <h3 className="mb-2 text-sm font-semibold text-slate-900">{section.title}</h3>
              <BarFigure title={section.title} horizontal stacked series={series} data={section.rows.map((row) => ({ label: section.label(row), open: row.open, inProgress: row.inProgress, done: row.done }))} />
              <ChartTable
                summary={t("showTable")}
                caption={section.title}
                head={
                  <tr>
                    <Th>{t("owner")}</Th>
                    <Th>{t("open")}</Th>
                    <Th>{t("inProgress")}</Th>
                    <Th>{t("done")}</Th>
                    <Th>{t("total")}</Th>
                  </tr>
                }
              >
                {section.rows.map((row) => (
                  <tr key={row.key}>
                    <Td>{section.label(row)}</Td>
                    <Td>{row.open}</Td>
                    <Td>{row.inProgress}</Td>
                    <Td>{row.done}</Td>
                    <Td>{row.total}</Td>
                  </tr>
                ))}
              </ChartTable>
            </section>
          ))}
        </div>
      )}
    </Card>
  );
}
