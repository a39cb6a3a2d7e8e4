import { getTranslations } from "next-intl/server";
import { BarFigure } from "@/components/charts/bar-figure";
import { Card } from "@/components/ui/card";
import { Td, Th } from "@/components/ui/table";
import { openGaps, type KeyedCounts, type RoadmapSummary } from "@/lib/dashboard/roadmap-summary";
import { ChartTable } from "./data-table";
import { GAP_BAR_COLOR } from "./palette";

const TOP = 10;

// Who owns the fix: the accountable actors and the owner parties with the most open gaps
// (open or in progress), most first.
export async function GapOwnersCard({ roadmap }: Readonly<{ roadmap: RoadmapSummary }>) {
  const t = await getTranslations("dashboard.owners");
  const top = (rows: KeyedCounts[], unassigned: string) =>
    rows
      .filter((row) => openGaps(row) > 0)
      .slice(0, TOP)
      .map((row) => ({ label: row.key === "" ? unassigned : row.label, gaps: openGaps(row) }));
  const sections = [
    { title: t("actors"), rows: top(roadmap.byActor, t("noAccountable")) },
    { title: t("parties"), rows: top(roadmap.byParty, t("unassigned")) },
  ];
  return (
    <Card title={t("title")}>
      <p className="mb-3 text-sm text-slate-700">{t("intro", { top: TOP })}</p>
      {sections.every((s) => s.rows.length === 0) ? (
        <p className="text-sm text-slate-800">{t("empty")}</p>
      ) : (
        <div className="grid gap-6 xl:grid-cols-2">
          {sections.map((section) => (
            <section key={section.title} aria-label={section.title}>
              <h3 className="mb-2 text-sm font-semibold text-slate-900">{section.title}</h3>
              <BarFigure title={section.title} horizontal series={[{ key: "gaps", label: t("openGaps"), color: GAP_BAR_COLOR }]} data={section.rows} />
              <ChartTable
                summary={t("showTable")}
                caption={section.title}
                head={
                  <tr>
                    <Th>{t("owner")}</Th>
                    <Th>{t("openGaps")}</Th>
                  </tr>
                }
              >
                {section.rows.map((row) => (
                  <tr key={row.label}>
                    <Td>{row.label}</Td>
                    <Td>{row.gaps}</Td>
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
