import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { QuestionnairePractice } from "@/lib/assessments/queries";
import { ConfirmAnswerButton } from "@/components/routing/confirm-button";
import { PracticeAnswer } from "./practice-answer";
import { PracticeComments } from "./practice-comments";
import { PracticeEvidence } from "./practice-evidence";

export async function PracticeCard({ assessmentId, practice, canComment }: Readonly<{
  assessmentId: string;
  practice: QuestionnairePractice;
  canComment: boolean;
}>) {
  const t = await getTranslations("questionnaire");
  const { editable } = practice;
  return (
    <article id={practice.id} aria-labelledby={`${practice.id}-title`} className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone="brand">{practice.id}</Badge>
        <h4 id={`${practice.id}-title`} className="text-base font-semibold">{practice.title}</h4>
      </div>
      <p className="mt-2 text-sm text-slate-900">{practice.question}</p>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">{t("guidanceToggle")}</summary>
        <div className="mt-2 space-y-2 text-slate-800">
          <p>{practice.guidance}</p>
          <p className="font-medium">{t("evidenceExamples")}</p>
          <ul className="list-disc pl-5">{practice.evidence.map((e) => <li key={e}>{e}</li>)}</ul>
        </div>
      </details>
      {practice.confirmedBy !== null || (practice.canConfirm && practice.answer.value) ? (
        <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
          {practice.confirmedBy !== null ? (
            <Badge tone="success">{t("confirmedBy", { name: practice.confirmedBy })}</Badge>
          ) : (
            <ConfirmAnswerButton assessmentId={assessmentId} practiceId={practice.id} version={practice.answer.version} />
          )}
        </div>
      ) : null}
      <div className="mt-3">
        <PracticeAnswer
          assessmentId={assessmentId}
          practiceId={practice.id}
          practiceTitle={practice.title}
          editable={editable}
          initial={{
            value: practice.answer.value as never,
            notes: practice.answer.notes,
            justification: practice.answer.justification,
            version: practice.answer.version,
            needsReconfirmation: practice.answer.needsReconfirmation,
          }}
        />
      </div>
      <details className="mt-3 border-t border-slate-100 pt-3" open={practice.evidenceItems.length > 0 || practice.comments.length > 0}>
        <summary className="cursor-pointer text-sm font-medium text-brand-700">
          {t("evidenceAndComments", { evidence: practice.evidenceItems.length, comments: practice.comments.length })}
        </summary>
        <div className="mt-3 grid gap-6 md:grid-cols-2">
          <section aria-label={t("evidenceHeading", { id: practice.id })}>
            <h5 className="mb-2 text-sm font-semibold">{t("evidenceTitle")}</h5>
            <PracticeEvidence assessmentId={assessmentId} practiceId={practice.id} items={practice.evidenceItems} editable={editable} />
          </section>
          <section aria-label={t("commentsHeading", { id: practice.id })}>
            <h5 className="mb-2 text-sm font-semibold">{t("commentsTitle")}</h5>
            <PracticeComments assessmentId={assessmentId} practiceId={practice.id} comments={practice.comments} canComment={canComment} />
          </section>
        </div>
      </details>
    </article>
  );
}
