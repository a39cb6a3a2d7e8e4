import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { MAPPED_STANDARDS } from "@/lib/content/schema";
import type { RoadmapActor, RoadmapPageItem } from "@/lib/roadmap/queries";
import { RoadmapItemForm } from "./roadmap-item-form";

const STATUS_TONE = { OPEN: "neutral", IN_PROGRESS: "warning", DONE: "success" } as const;

export async function RoadmapItemCard({
  item,
  assessmentId,
  canEdit,
  parties,
}: Readonly<{
  item: RoadmapPageItem;
  assessmentId: string;
  canEdit: boolean;
  parties: ReadonlyArray<{ id: string; name: string }>;
}>) {
  const t = await getTranslations("roadmap");
  const answers = await getTranslations("questionnaire.values");
  const actor = (a: RoadmapActor) =>
    a.parties.length > 0
      ? t("item.actorWithParties", { parties: a.parties.join(", "), actor: a.actorName })
      : a.actorName;
  const headingId = `roadmap-item-${item.id}`;

  return (
    <article
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      data-testid={`roadmap-item-${item.practiceId}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} className="font-semibold text-slate-900">
          {t("item.heading", { practiceId: item.practiceId, title: item.title })}
        </h3>
        <Badge tone={STATUS_TONE[item.status]}>{t(`status.${item.status}`)}</Badge>
      </div>
      <p className="text-sm text-slate-700">{t("item.layerLevel", { layer: item.layerName, level: item.level })}</p>
      {item.doneButStillGap ? (
        <div className="mt-2">
          <Alert tone="warning">{t("item.doneButStillGap")}</Alert>
        </div>
      ) : null}
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="font-medium text-slate-700">{t("item.answer")}</dt>
          <dd>{item.answer ? answers(item.answer) : t("item.notAnswered")}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-700">{t("item.effort")}</dt>
          <dd>{t("item.effortValue", { effort: item.effort })}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-700">{t("item.risk")}</dt>
          <dd>{t("item.riskValue", { risk: item.risk })}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-700">{t("item.responsible")}</dt>
          <dd>{item.responsible.length > 0 ? item.responsible.map(actor).join("; ") : t("item.noActor")}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-700">{t("item.accountable")}</dt>
          <dd>{item.accountable ? actor(item.accountable) : t("item.noActor")}</dd>
        </div>
        {canEdit ? null : (
          <>
            <div>
              <dt className="font-medium text-slate-700">{t("item.owner")}</dt>
              <dd>{item.ownerName ?? t("item.noOwner")}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-700">{t("item.due")}</dt>
              <dd>{item.dueDate ?? t("item.noDue")}</dd>
            </div>
            {item.notes ? (
              <div className="sm:col-span-2 lg:col-span-4">
                <dt className="font-medium text-slate-700">{t("item.notes")}</dt>
                <dd className="whitespace-pre-wrap">{item.notes}</dd>
              </div>
            ) : null}
          </>
        )}
      </dl>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">
          {t("item.controls")} · {t("item.evidence")}
        </summary>
        <dl className="mt-2 space-y-1">
          {MAPPED_STANDARDS.map((standard) => (
            <div key={standard} className="flex flex-wrap gap-x-2">
              <dt className="font-medium text-slate-700">{t(`item.${standard}`)}:</dt>
              <dd>{item.mappings[standard].length > 0 ? item.mappings[standard].join(", ") : t("item.noControls")}</dd>
            </div>
          ))}
        </dl>
        <h4 className="mt-2 font-medium text-slate-700">{t("item.evidence")}</h4>
        <ul className="list-disc pl-5">
          {item.evidence.map((example) => (
            <li key={example}>{example}</li>
          ))}
        </ul>
      </details>
      {canEdit ? (
        <div className="mt-4 border-t border-slate-100 pt-3">
          <RoadmapItemForm
            assessmentId={assessmentId}
            parties={parties}
            item={{
              id: item.id,
              practiceId: item.practiceId,
              ownerPartyId: item.ownerPartyId,
              dueDate: item.dueDate,
              status: item.status,
              notes: item.notes,
            }}
          />
        </div>
      ) : null}
    </article>
  );
}
