import { getTranslations } from "next-intl/server";
import { BarFigure } from "@/components/charts/bar-figure";
import { Card } from "@/components/ui/card";
import { Td, Th } from "@/components/ui/table";
import type { LevelDistribution } from "@/lib/dashboard/program-levels";
import { ChartTable } from "./data-table";
import { LEVEL_BAR_COLOR } from "./palette";

// How many programs sit at each level (overall, or of the filtered layer).
export async function LevelDistributionCard({ distribution, layerName }: Readonly<{ distribution: LevelDistribution; layerName: string | null }>) {
  const t = await getTranslations("dashboard.distribution");
  const levels = await getTranslations("dashboard.levels");
  const title = layerName ? t("titleLayer", { layer: layerName }) : t("title");
  const rows = distribution.levels.map((l) => ({ label: `${l.level} ${levels(String(l.level))}`, programs: l.programs }));
  return (
    <Card title={title}>
      <BarFigure title={title} series={[{ key: "programs", label: t("programs"), color: LEVEL_BAR_COLOR }]} data={rows} />
      <p className="mt-2 text-sm text-slate-700">
        {t("others", { notAssessed: distribution.notAssessed, notApplicable: distribution.notApplicable })}
      </p>
      <ChartTable
        summary={t("showTable")}
        caption={title}
        head={
          <tr>
            <Th>{t("level")}</Th>
            <Th>{t("programs")}</Th>
          </tr>
        }
      >
        {rows.map((row) => (
          <tr key={row.label}>
            <Td>{row.label}</Td>
            <Td>{row.programs}</Td>
          </tr>
        ))}
      </ChartTable>
    </Card>
  );
}
