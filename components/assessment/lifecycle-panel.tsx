"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { transitionAssessmentAction } from "@/lib/assessments/actions";
import type { AssessmentStatus, LifecycleAction, SubmissionBlocker } from "@/lib/assessments/lifecycle";

export function LifecyclePanel({ assessmentId, status, actions, blockers }: Readonly<{
  assessmentId: string;
  status: AssessmentStatus;
  actions: LifecycleAction[];
  blockers: SubmissionBlocker[];
}>) {
  const t = useTranslations("assessment.lifecycle");
  const router = useRouter();
  const id = useId();
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (actions.length === 0) return null;

  function run(action: LifecycleAction) {
    startTransition(async () => {
      const result = await transitionAssessmentAction({ assessmentId, action, comment: comment || undefined });
      if (result.ok) {
        setComment("");
        setError(null);
        router.refresh();
      } else {
        setError(result.error.fieldErrors ? Object.values(result.error.fieldErrors).flat().join(" ") : result.error.message);
      }
    });
  }

  const canSubmit = blockers.length === 0;
  return (
    <Card title={t("title")}>
      <div className="space-y-4">
        {actions.includes("submit") && !canSubmit ? (
          <Alert tone="warning" title={t("blockedTitle")}>
            <ul className="list-disc pl-5">
              {blockers.map((b) => <li key={b.kind}>{t(`blockers.${b.kind}`, { count: b.count })}</li>)}
            </ul>
          </Alert>
        ) : null}
        {actions.includes("return") || actions.includes("approve") ? (
          <div>
            <label htmlFor={id} className="block text-sm font-medium">{t("comment")}</label>
            <textarea id={id} value={comment} onChange={(e) => setComment(e.target.value)} rows={3} maxLength={4000} className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-sm" />
            <p className="mt-1 text-xs text-slate-600">{t("commentHint")}</p>
          </div>
        ) : null}
        {error ? <Alert tone="error">{error}</Alert> : null}
        <div className="flex flex-wrap gap-3">
          {actions.map((action) => (
            <Button
              key={action}
              variant={action === "archive" ? "secondary" : action === "return" ? "secondary" : "primary"}
              disabled={pending || (action === "submit" && !canSubmit)}
              onClick={() => run(action)}
            >
              {t(`actions.${action}`)}
            </Button>
          ))}
        </div>
        <p className="text-xs text-slate-600">{t(`hint.${status}`)}</p>
      </div>
    </Card>
  );
}
