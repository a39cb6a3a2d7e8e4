import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { isEditable, type AssessmentStatus } from "@/lib/assessments/lifecycle";
import type { ClauseReadiness } from "@/lib/readiness/isms-readiness";
import { IsmsStatusForm } from "./isms-status-form";

// The lead records each ISMS item while the assessment is a draft; everyone else reads the table.
export async function IsmsStatusEditor({
  assessmentId,
  status,
  canEdit,
  clauses,
  versions,
}: Readonly<{
  assessmentId: string;
  status: AssessmentStatus;
  canEdit: boolean;
  clauses: readonly ClauseReadiness[];
  versions: Readonly<Record<string, number>>;
}>) {
  const t = await getTranslations("readiness");
  if (!canEdit) {
    return (
      <Card title={t("form.title")}>
        <p className="text-sm text-slate-700">{isEditable(status) ? t("form.readOnly") : t("form.locked")}</p>
      </Card>
    );
  }
  return (
    <Card title={t("form.title")}>
      <p className="mb-3 max-w-3xl text-sm text-slate-700">{t("form.intro")}</p>
      <div className="space-y-2">
        {clauses
          .flatMap((clause) => clause.items)
          .map((item) => (
            <details
              key={item.id}
              className="rounded-md border border-slate-200 p-3"
              data-testid={`isms-form-${item.id}`}
            >
              <summary className="cursor-pointer text-sm font-medium text-slate-900">
                {t("form.summary", { id: item.id, title: item.title, state: t(`states.${item.state}`) })}
              </summary>
              <div className="mt-3 space-y-3 text-sm">
                <div>
                  <p className="font-medium text-slate-800">{t("form.question")}</p>
                  <p className="text-slate-800">{item.question}</p>
                </div>
                <div>
                  <p className="font-medium text-slate-800">{t("form.guidance")}</p>
                  <p className="text-slate-700">{item.guidance}</p>
                </div>
                <div>
                  <p className="font-medium text-slate-800">{t("form.evidenceExamples")}</p>
                  <ul className="list-disc pl-5 text-slate-700">
                    {item.evidenceExamples.map((example) => (
                      <li key={example}>{example}</li>
                    ))}
                  </ul>
                </div>
                <IsmsStatusForm
                  assessmentId={assessmentId}
                  itemId={item.id}
                  status={item.state === "NOT_RECORDED" ? null : item.state}
                  evidence={item.recordedEvidence ?? ""}
                  version={versions[item.id] ?? 0}
                />
              </div>
            </details>
          ))}
      </div>
    </Card>
  );
}
