"use client";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { addRaciOverrideAction, resetRaciAction } from "@/lib/raci/actions";

// Adding a per-practice override and going back to the content defaults.
export function RaciTools({ assessmentId, practices }: Readonly<{
  assessmentId: string;
  practices: Array<{ id: string; title: string }>;
}>) {
  const t = useTranslations("raci");
  const id = useId();
  const [practiceId, setPracticeId] = useState(practices[0]?.id ?? "");
  const { run, error, pending } = useActionRunner();

  return (
    <div className="space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={id} className="block text-sm font-medium">{t("overridePractice")}</label>
          <select id={id} value={practiceId} onChange={(e) => setPracticeId(e.target.value)} className="mt-1 max-w-md rounded-md border border-slate-400 bg-white px-2 py-2 text-sm">
            {practices.map((p) => (
              <option key={p.id} value={p.id}>{`${p.id} ${p.title}`}</option>
            ))}
          </select>
        </div>
        <Button variant="secondary" disabled={pending || !practiceId} onClick={() => run(() => addRaciOverrideAction({ assessmentId, practiceId }))}>
          {t("addOverride")}
        </Button>
        <Button
          variant="ghost"
          disabled={pending}
          onClick={() => {
            if (window.confirm(t("resetConfirm"))) run(() => resetRaciAction({ assessmentId }));
          }}
        >
          {t("reset")}
        </Button>
      </div>
      <p className="text-xs text-slate-700">{t("overrideHint")}</p>
    </div>
  );
}
