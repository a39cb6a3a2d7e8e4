import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { LayerSummary } from "@/lib/assessments/queries";

export async function LayerTabs({ organisationId, assessmentId, layers, currentId }: Readonly<{
  organisationId: string;
  assessmentId: string;
  layers: LayerSummary[];
  currentId: string;
}>) {
  const t = await getTranslations("questionnaire");
  return (
    <nav aria-label={t("layersNav")}>
      <ul className="flex flex-wrap gap-2">
        {layers.map((layer) => (
          <li key={layer.id}>
            <Link
              href={`/orgs/${organisationId}/assessments/${assessmentId}/layers/${layer.id}`}
              aria-current={layer.id === currentId ? "page" : undefined}
              className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:border-brand-600 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold"
            >
              {layer.name}
              <span className="text-xs text-slate-700">{t("tabProgress", { answered: layer.answered, applicable: layer.applicable })}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
