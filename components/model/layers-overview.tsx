import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TLayer, TPractice } from "@/lib/content/schema";

export async function LayersOverview({ layers, practices }: Readonly<{ layers: TLayer[]; practices: TPractice[] }>) {
  const t = await getTranslations("model");
  return (
    <section aria-labelledby="layers-heading">
      <h2 id="layers-heading" className="mb-1 text-lg font-semibold">
        {t("layersHeading")}
      </h2>
      <p className="mb-3 text-sm text-slate-700">{t("layersIntro")}</p>
      <ul className="grid gap-4 md:grid-cols-2">
        {layers.map((layer) => (
          <li key={layer.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <h3 className="text-base font-semibold">
              {layer.name} <span className="text-sm font-normal text-slate-600">({layer.code})</span>
            </h3>
            <p className="mt-1 text-sm text-slate-700">{layer.description}</p>
            <p className="mt-2 text-sm text-slate-800">
              <span className="font-medium">{t("considerations")}:</span> {layer.considerations.join(", ")}
            </p>
            <Link className="mt-2 inline-block text-sm font-medium text-brand-700 underline" href={`/model/practices?layer=${layer.id}`}>
              {t("layerPractices", { count: practices.filter((p) => p.layer === layer.id).length, layer: layer.name })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
