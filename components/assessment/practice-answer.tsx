"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { saveAnswerAction } from "@/lib/answers/actions";
import { ANSWER_VALUES, ZAnswerBody } from "@/lib/answers/schema";
import type { ServerAnswer } from "@/lib/answers/save-answer";
import { SaveStatus } from "./save-status";
import { useAutosave } from "./use-autosave";

type AnswerValue = (typeof ANSWER_VALUES)[number];
export type AnswerDraft = { value: AnswerValue | null; notes: string; justification: string };

type Props = {
  assessmentId: string;
  practiceId: string;
  practiceTitle: string;
  initial: AnswerDraft & { version: number; needsReconfirmation: boolean };
  editable: boolean;
};

// One practice's answer: saved automatically as the user works, never silently overwritten.
export function PracticeAnswer({ assessmentId, practiceId, practiceTitle, initial, editable }: Readonly<Props>) {
  const t = useTranslations("questionnaire");
  const v = useTranslations("validation");
  const router = useRouter();
  const id = useId();
  const [draft, setDraft] = useState<AnswerDraft>({ value: initial.value, notes: initial.notes, justification: initial.justification });
  // The version this browser last saw; read at save time so queued saves never conflict with our own.
  const version = useRef(initial.version);
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ServerAnswer | null>(null);

  const autosave = useAutosave({
    save: (d: AnswerDraft) =>
      saveAnswerAction({ assessmentId, practiceId, value: d.value, notes: d.notes, justification: d.justification, version: version.current }),
    onSaved: (saved) => {
      version.current = saved.version;
      setProblem(null);
      router.refresh();
    },
    onRejected: (error) => {
      const server = (error.details?.server ?? null) as ServerAnswer | null;
      setConflict(error.code === "CONFLICT" ? server : null);
      setProblem(error.fieldErrors ? Object.values(error.fieldErrors).flat().join(" ") : error.message);
    },
  });

  function change(next: AnswerDraft, immediate: boolean) {
    setDraft(next);
    if (!next.value) return;
    const parsed = ZAnswerBody.safeParse({ ...next, value: next.value, version: version.current });
    if (!parsed.success) {
      // Not saved until it is valid (e.g. N/A without a justification); the message says why.
      setProblem(parsed.error.issues.map((i) => (v.has(i.message) ? v(i.message) : i.message)).join(" "));
      return;
    }
    setProblem(null);
    autosave.schedule(next, immediate);
  }

  function resolveConflict(keep: "mine" | "theirs") {
    if (!conflict) return;
    version.current = conflict.version;
    if (keep === "theirs") {
      setDraft({ value: conflict.value as AnswerValue, notes: conflict.notes ?? "", justification: conflict.justification ?? "" });
    } else if (draft.value) {
      autosave.schedule(draft, true);
    }
    setConflict(null);
    setProblem(null);
  }

  return (
    <div className="space-y-3">
      <fieldset disabled={!editable}>
        <legend className="sr-only">{t("answerFor", { title: practiceTitle })}</legend>
        <div className="flex flex-wrap gap-2">
          {ANSWER_VALUES.map((value) => (
            <label key={value} className="inline-flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:font-medium">
              <input
                type="radio"
                name={`${id}-value`}
                value={value}
                checked={draft.value === value}
                onChange={() => change({ ...draft, value }, true)}
                className="accent-brand-700"
              />
              {t(`values.${value}`)}
            </label>
          ))}
        </div>
        {draft.value === "NOT_APPLICABLE" ? (
          <div className="mt-3">
            <label htmlFor={`${id}-justification`} className="block text-sm font-medium">{t("justification")}</label>
            <textarea
              id={`${id}-justification`}
              value={draft.justification}
              onChange={(e) => change({ ...draft, justification: e.target.value }, false)}
              rows={2}
              maxLength={4000}
              className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-sm"
            />
          </div>
        ) : null}
        <div className="mt-3">
          <label htmlFor={`${id}-notes`} className="block text-sm font-medium">{t("notes")}</label>
          <textarea
            id={`${id}-notes`}
            value={draft.notes}
            onChange={(e) => change({ ...draft, notes: e.target.value }, false)}
            rows={2}
            maxLength={4000}
            className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-sm"
          />
        </div>
      </fieldset>
      {initial.needsReconfirmation && editable && autosave.state === "idle" ? (
        <Alert tone="warning">
          <p>{t("reconfirm")}</p>
          <Button className="mt-2" variant="secondary" onClick={() => draft.value && autosave.schedule(draft, true)}>
            {t("confirm")}
          </Button>
        </Alert>
      ) : null}
      <SaveStatus state={autosave.state} onRetry={autosave.retryNow} />
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {conflict ? (
        <Alert tone="warning" title={t("conflictTitle")}>
          <dl className="grid gap-2 sm:grid-cols-2">
            <div>
              <dt className="font-medium">{t("yourVersion")}</dt>
              <dd>{draft.value ? t(`values.${draft.value}`) : "—"}{draft.notes ? ` — ${draft.notes}` : ""}</dd>
            </div>
            <div>
              <dt className="font-medium">{t("theirVersion", { name: conflict.updatedBy })}</dt>
              <dd>{t(`values.${conflict.value as AnswerValue}`)}{conflict.notes ? ` — ${conflict.notes}` : ""}</dd>
            </div>
          </dl>
          <div className="mt-2 flex gap-2">
            <Button onClick={() => resolveConflict("mine")}>{t("keepMine")}</Button>
            <Button variant="secondary" onClick={() => resolveConflict("theirs")}>{t("keepTheirs")}</Button>
          </div>
        </Alert>
      ) : null}
    </div>
  );
}
