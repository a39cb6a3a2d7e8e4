"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { confirmAnswerAction } from "@/lib/routing/actions";

export function ConfirmAnswerButton({ assessmentId, practiceId, version }: Readonly<{ assessmentId: string; practiceId: string; version: number }>) {
  const t = useTranslations("myPractices");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div>
      <Button
        variant="secondary"
        className="px-3 py-1"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await confirmAnswerAction({ assessmentId, practiceId, version });
            if (result.ok) {
              setError(null);
              router.refresh();
            } else setError(result.error.message);
          })
        }
      >
        {t("confirm", { id: practiceId })}
      </Button>
      {error ? <p role="alert" className="mt-1 text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
