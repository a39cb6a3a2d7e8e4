import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { dashboardQuery, type TDashboardFilters } from "@/lib/dashboard/filters";
import { levelSwatch } from "@/lib/dashboard/level-scale";
import type { HeatmapCell, HeatmapRow, Page } from "@/lib/dashboard/program-levels";
import { LevelLegend } from "./level-legend";

// Programs x layers, weakest first. It is a real table: every level is printed in its cell (colour
// never carries it alone) and every cell is a link to the program, so keyboard and screen-reader
// users reach each number with the row and column headers that explain it. The links are plain
// anchors: a page holds 200 of them, and as next/link each would be a client component to
// serialise and hydrate, prefetching its program as it scrolls into view.
export async function LevelHeatmap({
  organisationId,
  heatmap,
  layers,
  filters,
}: Readonly<{ organisationId: string; heatmap: Page<HeatmapRow>; layers: Array<{ id: string; name: string }>; filters: TDashboardFilters }>) {
  const t = await getTranslations("dashboard.heatmap");
  const shownLayers = filters.layer ? layers.filter((l) => l.id === filters.layer) : layers;
  const programQuery = dashboardQuery(filters, { program: undefined, layer: undefined, status: "approved", page: 1 });
  const programHref = (programId: string) => `/orgs/${organisationId}/programs/${programId}${programQuery}`;
  const cellText: CellText = {
    noAssessment: t("noAssessment"),
    notApplicable: t("notApplicable"),
    notApplicableShort: t("notApplicableShort"),
    level: (level) => t("level", { level }),
  };
  const layerNames = new Map(layers.map((l) => [l.id, l.name]));
  const pageHref = (page: number) => `/orgs/${organisationId}/dashboard${dashboardQuery(filters, { page })}`;
  return (
    <div className="space-y-3">
      <LevelLegend />
      <div className="overflow-x-auto">
        <table className="min-w-full border-separate border-spacing-1 text-sm" data-testid="level-heatmap">
          <caption className="mb-2 text-left text-sm text-slate-800">
            {t("caption", { page: heatmap.page, pages: heatmap.pageCount, total: heatmap.total })}
          </caption>
          <thead>
            <tr className="text-left text-xs font-semibold text-slate-700">
              <th scope="col" className="px-2 py-1">{t("program")}</th>
              {filters.layer ? null : <th scope="col" className="px-2 py-1 text-center">{t("overall")}</th>}
              {shownLayers.map((l) => (
                <th key={l.id} scope="col" className="px-2 py-1 text-center">{l.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {heatmap.items.map((row) => (
              <tr key={row.programId}>
                <th scope="row" className="max-w-xs px-2 py-1 text-left font-medium">
                  <a className="text-brand-700 underline" href={programHref(row.programId)}>{row.programName}</a>
                  <span className="block text-xs font-normal text-slate-700">{row.assessment ? row.assessment.title : t("noAssessment")}</span>
                </th>
                {filters.layer ? null : (
                  <LevelCell href={programHref(row.programId)} label={t("cellLabel", { program: row.programName, layer: t("overall") })} cell={{ layerId: "overall", level: row.overall, notApplicable: false }} text={cellText} />
                )}
                {row.cells.map((cell) => (
                  <LevelCell
                    key={cell.layerId}
                    href={programHref(row.programId)}
                    label={t("cellLabel", { program: row.programName, layer: layerNames.get(cell.layerId) ?? cell.layerId })}
                    cell={cell}
                    text={cellText}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {heatmap.pageCount > 1 ? (
        <nav aria-label={t("pages")} className="flex items-center gap-4 text-sm">
          {heatmap.page > 1 ? <Link className="text-brand-700 underline" href={pageHref(heatmap.page - 1)}>{t("previous")}</Link> : null}
          <span>{t("pageOf", { page: heatmap.page, pages: heatmap.pageCount })}</span>
          {heatmap.page < heatmap.pageCount ? <Link className="text-brand-700 underline" href={pageHref(heatmap.page + 1)}>{t("next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}

type CellText = { noAssessment: string; notApplicable: string; notApplicableShort: string; level: (level: number) => string };

// Synchronous, with its words handed down: a page renders hundreds of cells.
function LevelCell({ href, label, cell, text: words }: Readonly<{ href: string; label: string; cell: HeatmapCell; text: CellText }>) {
  const swatch = levelSwatch(cell.notApplicable ? null : cell.level);
  if (cell.level === null) {
    return (
      <td className="rounded px-2 py-1 text-center" style={{ backgroundColor: swatch.background, color: swatch.text }}>
        <span aria-hidden="true">—</span>
        <span className="sr-only">{words.noAssessment}</span>
      </td>
    );
  }
  const text = cell.notApplicable ? words.notApplicableShort : String(cell.level);
  const spoken = cell.notApplicable ? words.notApplicable : words.level(cell.level);
  return (
    <td className="rounded p-0 text-center" style={{ backgroundColor: swatch.background }}>
      <a
        href={href}
        aria-label={`${label}: ${spoken} (${text})`}
        className="block rounded px-2 py-1 font-semibold focus:outline-2 focus:outline-offset-1 focus:outline-slate-900"
        style={{ color: swatch.text }}
      >
        {text}
      </a>
    </td>
  );
}
