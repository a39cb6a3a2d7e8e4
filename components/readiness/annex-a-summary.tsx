import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { CONTROL_STATUSES, type AnnexACoverage, type CoverageCounts } from "@/lib/readiness/annex-a-coverage";

export async function AnnexASummary({ coverage }: Readonly<{ coverage: AnnexACoverage }>) {
  const t = await getTranslations("readiness");
  const row = (key: string, label: string, counts: CoverageCounts, strong = false) => (
    <tr key={key} data-testid={`readiness-annex-summary-${key}`} className={strong ? "font-semibold" : undefined}>
      <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">
        {label}
      </th>
      {CONTROL_STATUSES.map((status) => (
        <td key={status} className="px-3 py-2 text-right tabular-nums">
          {counts[status]}
        </td>
      ))}
      <td className="px-3 py-2 text-right tabular-nums">{counts.total}</td>
    </tr>
  );
  return (
    <Card title={t("annexA.title")}>
      <p className="mb-3 max-w-3xl text-sm text-slate-700">{t("annexA.intro")}</p>
      <div className="overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="mb-2 text-left font-medium text-slate-800">{t("annexA.summaryCaption")}</caption>
          <thead className="bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 text-left">
                {t("annexA.theme")}
              </th>
              {CONTROL_STATUSES.map((status) => (
                <th key={status} scope="col" className="px-3 py-2 text-right">
                  {t(`controlStatus.${status}`)}
                </th>
              ))}
              <th scope="col" className="px-3 py-2 text-right">
                {t("annexA.total")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {coverage.themes.map((theme) => row(theme.theme, t(`themes.${theme.theme}`), theme.counts))}
          </tbody>
          <tfoot className="border-t border-slate-300">
            {row("all", t("annexA.allThemes"), coverage.totals, true)}
          </tfoot>
        </table>
      </div>
    </Card>
  );
}
