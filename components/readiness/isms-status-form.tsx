"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { useMessageText } from "@/components/roadmap/use-message-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { setIsmsItemStatusAction } from "@/lib/readiness/actions";
import {
  ISMS_EVIDENCE_MAX,
  ISMS_STATUSES,
  ZSetIsmsItemStatusInput,
  type TIsmsStatus,
  type TSetIsmsItemStatusInput,
} from "@/lib/readiness/schema";

// One ISMS item's status and evidence note. `version` is the record's version when the page was
// loaded (0: not recorded); the server refuses the save if someone changed the item since.
export function IsmsStatusForm({
  assessmentId,
  itemId,
  status,
  evidence,
  version,
}: Readonly<{ assessmentId: string; itemId: string; status: TIsmsStatus | null; evidence: string; version: number }>) {
  const t = useTranslations("readiness");
  const text = useMessageText();
  const router = useRouter();
  const id = useId();
  const [saved, setSaved] = useState(false);
  const form = useForm<TSetIsmsItemStatusInput>({
    resolver: zodResolver(ZSetIsmsItemStatusInput),
    defaultValues: { assessmentId, itemId, status: status ?? undefined, evidence, version },
  });
  const { submit, formError } = useActionForm({
    form,
    action: setIsmsItemStatusAction,
    onSuccess: (data, values) => {
      form.reset({ ...values, version: data.version });
      setSaved(true);
      router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;
  const statusError = text(errors.status?.message);
  const evidenceError = text(errors.evidence?.message);

  return (
    <form method="post" onSubmit={submit} onChange={() => setSaved(false)} noValidate className="space-y-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <fieldset aria-describedby={statusError ? `${id}-status-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("form.statusLegend", { id: itemId })}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {ISMS_STATUSES.map((value) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input type="radio" value={value} {...form.register("status")} />
              {t(`states.${value}`)}
            </label>
          ))}
        </div>
        {statusError ? (
          <p id={`${id}-status-error`} className="text-sm text-red-700">
            {statusError}
          </p>
        ) : null}
      </fieldset>
      <div className="space-y-1">
        <label htmlFor={`${id}-evidence`} className="block text-sm font-medium text-slate-800">
          {t("form.evidence")}
        </label>
        <textarea
          id={`${id}-evidence`}
          rows={3}
          maxLength={ISMS_EVIDENCE_MAX}
          className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 aria-[invalid=true]:border-red-700"
          aria-invalid={evidenceError ? true : undefined}
          aria-describedby={evidenceError ? `${id}-evidence-error` : undefined}
          {...form.register("evidence")}
        />
        {evidenceError ? (
          <p id={`${id}-evidence-error`} className="text-sm text-red-700">
            {evidenceError}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("form.saving") : t("form.save")}
        </Button>
        <p role="status" className="text-sm text-green-900">
          {saved ? t("form.saved") : ""}
        </p>
      </div>
    </form>
  );
}
