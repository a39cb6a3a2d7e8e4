import { getTranslations } from "next-intl/server";
import type { RaciPage } from "@/lib/raci/raci-page";
import { PrintButton } from "./print-button";

// The RACI as a table for contracts and SLAs (seed 001: shared-responsibility clauses belong in
// contracts): who plays each actor, then the matrix, then the legend. The app shell hides in print.
export async function RaciPrintView({ page }: Readonly<{ page: RaciPage }>) {
  const t = await getTranslations("raci");
  const { assessment } = page;
  return (
    <article className="space-y-6 text-sm">
      <header className="space-y-1">
        <p className="text-slate-700">{assessment.programName}</p>
        <h1 className="text-2xl font-semibold">{t("printTitle", { assessment: assessment.title })}</h1>
        <p className="text-slate-700">{t("printGenerated", { date: new Date().toISOString().slice(0, 10) })}</p>
        <PrintButton />
      </header>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t("partiesHeading")}</h2>
        <table className="w-full border-collapse">
          <caption className="sr-only">{t("partiesHeading")}</caption>
          <thead>
            <tr>
              <th scope="col" className="border border-slate-400 px-2 py-1 text-left">{t("actor")}</th>
              <th scope="col" className="border border-slate-400 px-2 py-1 text-left">{t("playedBy")}</th>
            </tr>
          </thead>
          <tbody>
            {page.actors.map((a) => (
              <tr key={a.id}>
                <th scope="row" className="border border-slate-400 px-2 py-1 text-left font-medium">{a.name}</th>
                <td className="border border-slate-400 px-2 py-1">{a.parties.join(", ") || t("noParty")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t("matrixTitle")}</h2>
        <table className="w-full border-collapse">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="border border-slate-400 px-2 py-1 text-left">{t("row")}</th>
              {page.actors.map((a) => (
                <th key={a.id} scope="col" className="border border-slate-400 px-2 py-1 text-left">{a.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => (
              <tr key={row.rowKey} className="break-inside-avoid">
                <th scope="row" className="border border-slate-400 px-2 py-1 text-left font-medium">
                  {row.kind === "practice" ? `${t("overrideOf", { layer: row.layerName })} ` : ""}
                  {row.label}
                  {row.violations.length > 0 ? ` (${t("rowBroken")})` : ""}
                </th>
                {page.actors.map((a) => (
                  <td key={a.id} className="border border-slate-400 px-2 py-1 text-center">{row.cells[a.id] || ""}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-slate-700">{t("legend")}</p>
      </section>
    </article>
  );
}
