import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { DASHBOARD_BASES, DASHBOARD_PERIODS, type TDashboardFilterKey, type TDashboardFilters } from "@/lib/dashboard/filters";

const CONTROL = "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";

// A plain GET form: the filters live in the URL, so a view can be bookmarked and shared, and it
// works without JavaScript. Values the page ignored are named in a note above it.
export async function DashboardFilters({
  action,
  filters,
  ignored,
  programs,
  partialPrograms,
  layers,
}: Readonly<{
  action: string;
  filters: TDashboardFilters;
  ignored: TDashboardFilterKey[];
  programs: Array<{ id: string; name: string }>;
  // Only some programs are offered (the heatmap page shown): a hint says so.
  partialPrograms: boolean;
  layers: Array<{ id: string; name: string }>;
}>) {
  const t = await getTranslations("dashboard.filters");
  return (
    <form method="get" action={action} className="rounded-lg border border-slate-200 bg-white p-4" role="search" aria-label={t("label")}>
      {ignored.length > 0 ? (
        <div className="mb-4" data-testid="ignored-filters">
          <Alert tone="warning">{t("ignored", { filters: ignored.map((key) => t(key)).join(", ") })}</Alert>
        </div>
      ) : null}
      <div className="grid gap-4 md:grid-cols-4">
        <div>
          <label htmlFor="dashboard-program" className="block text-sm font-medium">{t("program")}</label>
          <select id="dashboard-program" name="program" defaultValue={filters.program ?? ""} className={CONTROL} aria-describedby={partialPrograms ? "dashboard-program-hint" : undefined}>
            <option value="">{t("allPrograms")}</option>
            {programs.map((p) => (
              <option key={p.id} value={p.id}>{p.name}</option>
            ))}
          </select>
          {partialPrograms ? <p id="dashboard-program-hint" className="mt-1 text-xs text-slate-600">{t("programHint")}</p> : null}
        </div>
        <div>
          <label htmlFor="dashboard-layer" className="block text-sm font-medium">{t("layer")}</label>
          <select id="dashboard-layer" name="layer" defaultValue={filters.layer ?? ""} className={CONTROL}>
            <option value="">{t("allLayers")}</option>
            {layers.map((l) => (
              <option key={l.id} value={l.id}>{l.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="dashboard-status" className="block text-sm font-medium">{t("status")}</label>
          <select id="dashboard-status" name="status" defaultValue={filters.status} className={CONTROL} aria-describedby="dashboard-status-hint">
            {DASHBOARD_BASES.map((basis) => (
              <option key={basis} value={basis}>{t(`bases.${basis}`)}</option>
            ))}
          </select>
          <p id="dashboard-status-hint" className="mt-1 text-xs text-slate-600">{t("statusHint")}</p>
        </div>
        <div>
          <label htmlFor="dashboard-period" className="block text-sm font-medium">{t("period")}</label>
          <select id="dashboard-period" name="period" defaultValue={filters.period} className={CONTROL} aria-describedby="dashboard-period-hint">
            {DASHBOARD_PERIODS.map((period) => (
              <option key={period} value={period}>{t(`periods.${period}`)}</option>
            ))}
          </select>
          <p id="dashboard-period-hint" className="mt-1 text-xs text-slate-600">{t("periodHint")}</p>
        </div>
      </div>
      <div className="mt-4 flex gap-3">
        <button type="submit" className={buttonClasses("primary")}>{t("apply")}</button>
        <Link href={action} className={buttonClasses("secondary")}>{t("clear")}</Link>
      </div>
    </form>
  );
}
