"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { setOrganisationMfaAction } from "@/lib/mfa/actions";
import type { TSetOrganisationMfaInput } from "@/lib/mfa/schema";

export function OrganisationMfaForm({ organisationId, requireMfa }: Readonly<{ organisationId: string; requireMfa: boolean }>) {
  const t = useTranslations("members");
  const [saved, setSaved] = useState(false);
  const form = useForm<TSetOrganisationMfaInput>({ defaultValues: { organisationId, requireMfa } });
  const { submit, formError } = useActionForm({ form, action: setOrganisationMfaAction, onSuccess: () => setSaved(true) });
  const { isSubmitting } = form.formState;
  return (
    <form method="post" onSubmit={submit} noValidate className="space-y-3">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <Alert tone="success">{t("mfaSaved")}</Alert> : null}
      <div className="flex items-start gap-3">
        <input id="require-mfa" type="checkbox" className="mt-1 h-4 w-4" aria-describedby="require-mfa-hint" {...form.register("requireMfa", { onChange: () => setSaved(false) })} />
        <div>
          <label htmlFor="require-mfa" className="text-sm font-medium text-slate-800">
            {t("mfaRequireLabel")}
          </label>
          <p id="require-mfa-hint" className="text-xs text-slate-600">
            {t("mfaRequireHint")}
          </p>
        </div>
      </div>
      <Button type="submit" variant="secondary" disabled={isSubmitting}>
        {isSubmitting ? t("mfaSaving") : t("mfaSave")}
      </Button>
    </form>
  );
}
