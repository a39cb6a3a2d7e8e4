import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { ClauseReadiness, IsmsStateCounts } from "@/lib/readiness/isms-readiness";
import { ISMS_TONE } from "./tones";

// One table, one row group per clause: the clause heading spans its group, each item is a row.
export async function IsmsClauseTable({
  clauses,
  counts,
}: Readonly<{ clauses: readonly ClauseReadiness[]; counts: IsmsStateCounts }>) {
  const t = await getTranslations("readiness");
  return (
    <Card title={t("isms.title")}>
      <p className="mb-2 max-w-3xl text-sm text-slate-700">{t("isms.intro")}</p>
      <p className="mb-3 text-sm font-medium text-slate-800">
        {t("isms.counts", {
          inPlace: counts.IN_PLACE,
          partly: counts.PARTLY,
          missing: counts.MISSING,
          notRecorded: counts.NOT_RECORDED,
          total: counts.total,
        })}
      </p>
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm" data-testid="readiness-isms-table">
          <caption className="sr-only">{t("isms.caption")}</caption>
          <thead className="bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("isms.item")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("isms.status")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("isms.evidence")}
              </th>
            </tr>
          </thead>
          {clauses.map((clause) => (
            <tbody key={clause.clause} className="divide-y divide-slate-100 border-t border-slate-200">
              <tr className="bg-slate-50/60">
                <th scope="rowgroup" colSpan={3} className="px-3 py-2 font-semibold text-slate-900">
                  {t("isms.clauseHeading", {
                    clause: clause.clause,
                    title: clause.title,
                    status: t(`clauseStatus.${clause.status}`),
                    inPlace: clause.counts.IN_PLACE,
                    total: clause.counts.total,
                  })}
                </th>
              </tr>
              {clause.items.map((item) => (
                <tr key={item.id} data-testid={`readiness-isms-${item.id}`}>
                  <th scope="row" className="px-3 py-2 align-top font-normal text-slate-900">
                    <span className="font-medium">{item.id}</span> {item.title}
                    {item.mustHave ? (
                      <span className="block text-xs text-slate-700">{t("isms.prerequisite")}</span>
                    ) : null}
                  </th>
                  <td className="px-3 py-2 align-top">
                    <Badge tone={ISMS_TONE[item.state]}>{t(`states.${item.state}`)}</Badge>
                  </td>
                  <td className="px-3 py-2 align-top whitespace-pre-line text-slate-800">
                    {item.recordedEvidence ?? <span className="text-slate-600">{t("isms.noEvidence")}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </Card>
  );
}
