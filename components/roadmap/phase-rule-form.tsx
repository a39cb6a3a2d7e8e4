"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { setPhaseRuleAction } from "@/lib/roadmap/actions";
import type { PhaseRuleSettings } from "@/lib/roadmap/phase-rule-settings";
import { PHASE_BASELINES, PHASE_ESCALATIONS, ZSetPhaseRuleInput, type TSetPhaseRuleInput } from "@/lib/roadmap/schema";
import { useMessageText } from "./use-message-text";

export function PhaseRuleForm({
  assessmentId,
  current,
}: Readonly<{ assessmentId: string; current: PhaseRuleSettings }>) {
  const t = useTranslations("roadmap.phaseRule");
  const text = useMessageText();
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<TSetPhaseRuleInput>({
    resolver: zodResolver(ZSetPhaseRuleInput),
    defaultValues: { assessmentId, baseline: current.baseline, escalation: current.escalation ?? "critical" },
  });
  const { submit, formError } = useActionForm({
    form,
    action: setPhaseRuleAction,
    onSuccess: (_data, values) => {
      form.reset(values);
      setSaved(true);
      router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;

  return (
    <form method="post" onSubmit={submit} noValidate className="space-y-4" onChange={() => setSaved(false)}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {current.escalation === null ? <Alert tone="warning">{t("custom")}</Alert> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <fieldset className="space-y-2" aria-describedby={errors.baseline ? "phase-rule-baseline-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">{t("baselineLegend")}</legend>
          {PHASE_BASELINES.map((baseline) => (
            <label key={baseline} className="flex gap-2 text-sm">
              <input type="radio" value={baseline} className="mt-1" {...form.register("baseline")} />
              <span>
                <span className="block font-medium">{t(`baseline.${baseline}`)}</span>
                <span className="block text-xs text-slate-600">{t(`baselineHint.${baseline}`)}</span>
              </span>
            </label>
          ))}
          {errors.baseline ? (
            <p id="phase-rule-baseline-error" className="text-sm text-red-700">
              {text(errors.baseline.message)}
            </p>
          ) : null}
        </fieldset>
        <fieldset
          className="space-y-2"
          aria-describedby={errors.escalation ? "phase-rule-escalation-error" : undefined}
        >
          <legend className="text-sm font-medium text-slate-800">{t("escalationLegend")}</legend>
          {PHASE_ESCALATIONS.map((escalation) => (
            <label key={escalation} className="flex gap-2 text-sm">
              <input type="radio" value={escalation} className="mt-1" {...form.register("escalation")} />
              <span>
                <span className="block font-medium">{t(`escalation.${escalation}`)}</span>
                <span className="block text-xs text-slate-600">{t(`escalationHint.${escalation}`)}</span>
              </span>
            </label>
          ))}
          {errors.escalation ? (
            <p id="phase-rule-escalation-error" className="text-sm text-red-700">
              {text(errors.escalation.message)}
            </p>
          ) : null}
        </fieldset>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("saving") : t("save")}
        </Button>
        <p role="status" className="text-sm text-green-900">
          {saved ? t("saved") : ""}
        </p>
      </div>
    </form>
  );
}
