import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { ControlCoverage } from "@/lib/readiness/annex-a-coverage";
import { CONTROL_TONE } from "./tones";

export async function AnnexATable({ controls }: Readonly<{ controls: readonly ControlCoverage[] }>) {
  const t = await getTranslations("readiness");
  return (
    <Card>
      <div className="overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-left text-sm" data-testid="readiness-annex-table">
          <caption className="mb-2 text-left font-medium text-slate-800">{t("annexA.tableCaption")}</caption>
          <thead className="bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("annexA.control")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("annexA.theme")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("annexA.status")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("annexA.practices")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {controls.map((control) => (
              <tr key={control.id} data-testid={`readiness-control-${control.id}`}>
                <th scope="row" className="px-3 py-2 align-top font-normal text-slate-900">
                  <span className="font-medium">{control.id}</span> {control.title}
                </th>
                <td className="px-3 py-2 align-top text-slate-800">{t(`themes.${control.theme}`)}</td>
                <td className="px-3 py-2 align-top">
                  <Badge tone={CONTROL_TONE[control.status]}>{t(`controlStatus.${control.status}`)}</Badge>
                </td>
                <td className="px-3 py-2 align-top text-slate-800">
                  {control.practices.length === 0 ? (
                    <span className="text-slate-600">{t("annexA.noPractices")}</span>
                  ) : (
                    <>
                      {control.allNotApplicable ? (
                        <p className="text-slate-600">{t("annexA.allNotApplicable")}</p>
                      ) : null}
                      <ul className="space-y-1">
                        {control.practices.map((practice) => (
                          <li key={practice.id}>
                            {t("annexA.practiceAnswer", {
                              id: practice.id,
                              title: practice.title,
                              level: practice.level,
                              answer: t(`answers.${practice.answer ?? "UNANSWERED"}`),
                            })}
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
