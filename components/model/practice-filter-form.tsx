import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import type { TPracticeFilter } from "@/lib/content/filter-practices";
import { LENSES, type TContentModel } from "@/lib/content/schema";

const CONTROL = "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm";

// A plain GET form: filters live in the URL, so a view can be bookmarked and shared, and it works without JavaScript.
export async function PracticeFilterForm({ model, filter, ignored }: Readonly<{
  model: TContentModel;
  filter: TPracticeFilter;
  ignored: string[];
}>) {
  const t = await getTranslations("model");
  return (
    <form method="get" action="/model/practices" className="rounded-lg border border-slate-200 bg-white p-4" role="search" aria-label={t("filterLabel")}>
      {ignored.length > 0 ? (
        <div className="mb-4">
          <Alert tone="warning">{t("ignoredFilters", { filters: ignored.join(", ") })}</Alert>
        </div>
      ) : null}
      <div className="grid gap-4 md:grid-cols-5">
        <div>
          <label htmlFor="filter-layer" className="block text-sm font-medium">{t("layer")}</label>
          <select id="filter-layer" name="layer" defaultValue={filter.layer ?? ""} className={CONTROL}>
            <option value="">{t("any")}</option>
            {model.layers.map((l) => (
              <option key={l.id} value={l.id}>{l.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-level" className="block text-sm font-medium">{t("level")}</label>
          <select id="filter-level" name="level" defaultValue={filter.level ?? ""} className={CONTROL}>
            <option value="">{t("any")}</option>
            {model.levels.map((l) => (
              <option key={l.level} value={l.level}>{`${l.level} · ${l.name}`}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-lens" className="block text-sm font-medium">{t("lens")}</label>
          <select id="filter-lens" name="lens" defaultValue={filter.lens ?? ""} className={CONTROL}>
            <option value="">{t("any")}</option>
            {LENSES.map((lens) => (
              <option key={lens} value={lens}>{t(`lenses.${lens}`)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-control" className="block text-sm font-medium">{t("control")}</label>
          <input id="filter-control" name="control" defaultValue={filter.control ?? ""} placeholder="A.8.15, PR.AA-01, AC-2" className={CONTROL} aria-describedby="filter-control-hint" />
          <p id="filter-control-hint" className="mt-1 text-xs text-slate-600">{t("controlHint")}</p>
        </div>
        <div>
          <label htmlFor="filter-q" className="block text-sm font-medium">{t("search")}</label>
          <input id="filter-q" name="q" type="search" defaultValue={filter.q ?? ""} className={CONTROL} />
        </div>
      </div>
      <div className="mt-4 flex gap-3">
        <button type="submit" className={buttonClasses("primary")}>{t("apply")}</button>
        <Link href="/model/practices" className={buttonClasses("secondary")}>{t("clear")}</Link>
      </div>
    </form>
  );
}
