import { getTranslations } from "next-intl/server";
import { EMPTY_SWATCH, LEVEL_SWATCHES } from "@/lib/dashboard/level-scale";

export async function LevelLegend() {
  const t = await getTranslations("dashboard.heatmap");
  const levels = await getTranslations("dashboard.levels");
  return (
    <ul className="flex flex-wrap gap-2 text-xs" aria-label={t("legend")}>
      {LEVEL_SWATCHES.map((swatch, level) => (
        <li key={level} className="rounded px-2 py-1 font-medium" style={{ backgroundColor: swatch.background, color: swatch.text }}>
          {level} {levels(String(level))}
        </li>
      ))}
      <li className="rounded border border-slate-300 px-2 py-1" style={{ backgroundColor: EMPTY_SWATCH.background, color: EMPTY_SWATCH.text }}>
        {t("notApplicableShort")} {t("notApplicable")}
      </li>
      <li className="rounded border border-slate-300 px-2 py-1" style={{ backgroundColor: EMPTY_SWATCH.background, color: EMPTY_SWATCH.text }}>
        — {t("noAssessment")}
      </li>
    </ul>
  );
}
