"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateRoadmapItemAction } from "@/lib/roadmap/actions";
import { ROADMAP_STATUSES, type RoadmapStatus } from "@/lib/roadmap/merge-roadmap";
import { ROADMAP_NOTES_MAX, ZUpdateRoadmapItemInput, type TUpdateRoadmapItemInput } from "@/lib/roadmap/schema";
import { useMessageText } from "./use-message-text";

export type RoadmapItemFormValues = {
  id: string;
  practiceId: string;
  ownerPartyId: string | null;
  dueDate: string | null;
  status: RoadmapStatus;
  notes: string;
};

export function RoadmapItemForm({
  assessmentId,
  item,
  parties,
}: Readonly<{
  assessmentId: string;
  item: RoadmapItemFormValues;
  parties: ReadonlyArray<{ id: string; name: string }>;
}>) {
  const t = useTranslations("roadmap");
  const text = useMessageText();
  const router = useRouter();
  const id = useId();
  const [saved, setSaved] = useState(false);
  const form = useForm<TUpdateRoadmapItemInput>({
    resolver: zodResolver(ZUpdateRoadmapItemInput),
    defaultValues: {
      assessmentId,
      itemId: item.id,
      ownerPartyId: item.ownerPartyId ?? "",
      dueDate: item.dueDate ?? "",
      status: item.status,
      notes: item.notes,
    },
  });
  const { submit, formError } = useActionForm({
    form,
    action: updateRoadmapItemAction,
    onSuccess: (data, values) => {
      form.reset({ ...values, notes: data.notes ?? "" });
      setSaved(true);
      router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;
  const notesError = text(errors.notes?.message);
  const notesDescribedBy = [`${id}-notes-hint`, notesError ? `${id}-notes-error` : null].filter(Boolean).join(" ");

  return (
    <form method="post" onSubmit={submit} onChange={() => setSaved(false)} noValidate>
      <fieldset className="space-y-3">
        <legend className="sr-only">{t("item.legend", { practiceId: item.practiceId })}</legend>
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <div className="grid gap-3 sm:grid-cols-3">
          <SelectField
            label={t("item.owner")}
            error={text(errors.ownerPartyId?.message)}
            {...form.register("ownerPartyId")}
          >
            <option value="">{t("item.noOwner")}</option>
            {parties.map((party) => (
              <option key={party.id} value={party.id}>
                {party.name}
              </option>
            ))}
          </SelectField>
          <InputField
            type="date"
            label={t("item.due")}
            error={text(errors.dueDate?.message)}
            {...form.register("dueDate")}
          />
          <SelectField label={t("item.status")} error={text(errors.status?.message)} {...form.register("status")}>
            {ROADMAP_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-notes`} className="block text-sm font-medium text-slate-800">
            {t("item.notes")}
          </label>
          <textarea
            id={`${id}-notes`}
            rows={2}
            maxLength={ROADMAP_NOTES_MAX}
            className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 aria-[invalid=true]:border-red-700"
            aria-invalid={notesError ? true : undefined}
            aria-describedby={notesDescribedBy}
            {...form.register("notes")}
          />
          <p id={`${id}-notes-hint`} className="text-xs text-slate-600">
            {t("item.notesHint")}
          </p>
          {notesError ? (
            <p id={`${id}-notes-error`} className="text-sm text-red-700">
              {notesError}
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="secondary" disabled={isSubmitting}>
            {isSubmitting ? t("item.saving") : t("item.save")}
          </Button>
          <p role="status" className="text-sm text-green-900">
            {saved ? t("item.saved") : ""}
          </p>
        </div>
      </fieldset>
    </form>
  );
}
