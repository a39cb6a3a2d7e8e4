"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { confirmAnswerAction } from "@/lib/routing/actions";

export function ConfirmAnswerButton({ assessmentId, practiceId, version }: Readonly<{ assessmentId: string; practiceId: string; version: number }>) {
  const t = useTranslations("myPractices");
  const { run, error, pending } = useActionRunner();
  return (
    <div>
      <Button
        variant="secondary"
        className="px-3 py-1"
        disabled={pending}
        onClick={() => run(() => confirmAnswerAction({ assessmentId, practiceId, version }))}
      >
        {t("confirm", { id: practiceId })}
      </Button>
      {error ? <p role="alert" className="mt-1 text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
