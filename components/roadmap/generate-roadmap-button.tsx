"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { regenerateRoadmapAction } from "@/lib/roadmap/actions";

type Summary = { created: number; retired: number; completed: number };

export function GenerateRoadmapButton({
  assessmentId,
  firstTime,
}: Readonly<{ assessmentId: string; firstTime: boolean }>) {
  const t = useTranslations("roadmap");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState<Summary | null>(null);

  function run() {
    startTransition(async () => {
      setError(null);
      setSummary(null);
      const result = await regenerateRoadmapAction({ assessmentId });
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setSummary(result.data);
      router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      <Button onClick={run} disabled={pending} variant={firstTime ? "primary" : "secondary"}>
        {pending ? t("generating") : firstTime ? t("generate") : t("regenerate")}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div role="status" className="text-sm text-slate-700">
        {summary && !firstTime ? t("regenerated", { ...summary }) : null}
      </div>
    </div>
  );
}
