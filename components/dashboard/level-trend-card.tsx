import { getTranslations } from "next-intl/server";
import { TrendFigure } from "@/components/charts/trend-figure";
import { Card } from "@/components/ui/card";
import { Td, Th } from "@/components/ui/table";
import type { TrendPoint } from "@/lib/dashboard/trend";
import { ChartTable } from "./data-table";
import { LAYER_COLORS, OVERALL_COLOR } from "./palette";

const show = (value: number | null) => (value === null ? "—" : value.toFixed(2));

// Overall and per-layer levels month by month (all layers, or the filtered one).
export async function LevelTrendCard({ title, intro, trend, layers }: Readonly<{ title: string; intro: string; trend: TrendPoint[]; layers: Array<{ id: string; name: string }> }>) {
  const t = await getTranslations("dashboard.trend");
  const hasData = trend.some((p) => p.overall !== null);
  return (
    <Card title={title}>
      <p className="mb-3 text-sm text-slate-700">{intro}</p>
      {hasData ? (
        <>
          <TrendFigure
            title={title}
            data={trend.map((p) => ({ month: p.month, overall: p.overall, ...p.layers }))}
            series={[
              { key: "overall", label: t("overall"), color: OVERALL_COLOR, emphasis: true },
              ...layers.map((l) => ({ key: l.id, label: l.name, color: LAYER_COLORS[l.id] ?? OVERALL_COLOR })),
            ]}
          />
          <ChartTable
            summary={t("showTable")}
            caption={title}
            head={
              <tr>
                <Th>{t("month")}</Th>
                <Th>{t("programs")}</Th>
                <Th>{t("overall")}</Th>
                {layers.map((l) => (
                  <Th key={l.id}>{l.name}</Th>
                ))}
              </tr>
            }
          >
            {trend.map((p) => (
              <tr key={p.month}>
                <Td>{p.month}</Td>
                <Td>{p.programs}</Td>
                <Td>{show(p.overall)}</Td>
                {layers.map((l) => (
                  <Td key={l.id}>{show(p.layers[l.id] ?? null)}</Td>
                ))}
              </tr>
            ))}
          </ChartTable>
        </>
      ) : (
        <p className="text-sm text-slate-800" data-testid="trend-empty">{t("empty")}</p>
      )}
    </Card>
  );
}
