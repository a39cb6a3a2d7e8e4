import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { MAPPED_STANDARDS, MAPPED_STANDARD_LABELS, type TContentModel, type TPractice } from "@/lib/content/schema";

export async function PracticeList({ model, practices }: Readonly<{ model: TContentModel; practices: TPractice[] }>) {
  const t = await getTranslations("model");
  const layerName = new Map(model.layers.map((l) => [l.id, l.name]));
  const levelName = new Map(model.levels.map((l) => [l.level, l.name]));
  const actorName = new Map(model.actors.map((a) => [a.id, a.name]));
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="mb-3 text-lg font-semibold" aria-live="polite">
        {t("resultCount", { count: practices.length })}
      </h2>
      {practices.length === 0 ? <p className="text-sm text-slate-700">{t("noResults")}</p> : null}
      <ul className="space-y-3">
        {practices.map((p) => (
          <li key={p.id}>
            <article aria-labelledby={`practice-${p.id}`} className="rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-2 text-xs">
                <span data-practice-id><Badge tone="brand">{p.id}</Badge></span>
                <span className="text-slate-700">
                  {layerName.get(p.layer)} · {t("levelNumber", { level: p.level })} {levelName.get(p.level)} · {t(`lenses.${p.lens}`)} ·{" "}
                  {t("effortRisk", { effort: p.effort, risk: p.risk })}
                </span>
              </div>
              <h3 id={`practice-${p.id}`} className="mt-2 text-base font-semibold">{p.title}</h3>
              <p className="mt-1 text-sm text-slate-800">{p.question}</p>
              <details className="mt-2 text-sm">
                <summary className="cursor-pointer font-medium text-brand-700">{t("details")}</summary>
                <div className="mt-2 space-y-3 text-slate-800">
                  <div>
                    <h4 className="font-medium">{t("guidance")}</h4>
                    <p>{p.guidance}</p>
                  </div>
                  <div>
                    <h4 className="font-medium">{t("evidence")}</h4>
                    <ul className="list-disc pl-5">
                      {p.evidence.map((e) => <li key={e}>{e}</li>)}
                    </ul>
                  </div>
                  <div>
                    <h4 className="font-medium">{t("defaultRaci")}</h4>
                    <p>{Object.entries(p.raci).map(([actor, role]) => `${actorName.get(actor as never) ?? actor}: ${role}`).join(" · ")}</p>
                  </div>
                  <p className="text-xs text-slate-600">{t("sources")}: {p.sources.join(", ")}</p>
                </div>
              </details>
              <dl className="mt-3 grid gap-1 text-xs sm:grid-cols-3">
                {MAPPED_STANDARDS.map((standard) => (
                  <div key={standard}>
                    <dt className="font-medium text-slate-700">{MAPPED_STANDARD_LABELS[standard]}</dt>
                    <dd className="flex flex-wrap gap-1">
                      {p.mappings[standard].map((id) => (
                        <Link key={id} href={`/model/practices?control=${encodeURIComponent(id)}`} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-900 underline-offset-2 hover:underline">
                          {id}
                        </Link>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
