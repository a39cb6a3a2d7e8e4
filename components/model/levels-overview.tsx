import { getTranslations } from "next-intl/server";
import type { TLevel } from "@/lib/content/schema";

export async function LevelsOverview({ levels }: Readonly<{ levels: TLevel[] }>) {
  const t = await getTranslations("model");
  return (
    <section aria-labelledby="levels-heading">
      <h2 id="levels-heading" className="mb-3 text-lg font-semibold">
        {t("levelsHeading")}
      </h2>
      <ol className="grid gap-4 md:grid-cols-2 lg:grid-cols-4">
        {levels.map((level) => (
          <li key={level.level} className="rounded-lg border border-slate-200 bg-white p-4">
            <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{t("levelNumber", { level: level.level })}</p>
            <h3 className="text-base font-semibold">{level.name}</h3>
            <p className="mt-1 text-sm text-slate-700">{level.summary}</p>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
              {level.characteristics.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
