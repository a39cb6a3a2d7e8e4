"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createPartyAction, updatePartyAction } from "@/lib/parties/actions";
import { ZCreatePartyInput, type TCreatePartyInput } from "@/lib/parties/schema";

// Creates a party, or edits one when `party` is given.
export function PartyForm({ assessmentId, actors, party, onDone }: Readonly<{
  assessmentId: string;
  actors: Array<{ id: string; name: string }>;
  party?: { id: string; name: string; actors: string[] };
  onDone?: () => void;
}>) {
  const t = useTranslations("parties");
  const v = useTranslations("validation");
  const router = useRouter();
  const groupId = useId();
  const form = useForm<TCreatePartyInput>({
    resolver: zodResolver(ZCreatePartyInput),
    defaultValues: { assessmentId, name: party?.name ?? "", actors: (party?.actors ?? []) as TCreatePartyInput["actors"] },
  });
  const { submit, formError } = useActionForm({
    form,
    action: (values) => (party ? updatePartyAction({ ...values, partyId: party.id }) : createPartyAction(values)),
    onSuccess: () => {
      if (!party) form.reset({ assessmentId, name: "", actors: [] });
      onDone?.();
      router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;
  const actorsError = errors.actors?.message ?? errors.actors?.root?.message;
  return (
    <form method="post" onSubmit={submit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <InputField label={t("name")} placeholder={t("namePlaceholder")} error={errors.name?.message} {...form.register("name")} />
      <fieldset aria-describedby={actorsError ? `${groupId}-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("actors")}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {actors.map((actor) => (
            <label key={actor.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={actor.id} {...form.register("actors")} className="h-4 w-4" />
              {actor.name}
            </label>
          ))}
        </div>
        {actorsError ? (
          <p id={`${groupId}-error`} className="mt-1 text-sm text-red-700">{v.has(actorsError) ? v(actorsError) : actorsError}</p>
        ) : null}
      </fieldset>
      <div className="flex gap-3">
        <Button type="submit" disabled={isSubmitting}>{isSubmitting ? t("adding") : party ? t("save") : t("add")}</Button>
        {onDone ? <Button variant="secondary" onClick={onDone}>{t("cancel")}</Button> : null}
      </div>
    </form>
  );
}
