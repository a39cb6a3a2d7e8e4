"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { CopyField } from "@/components/members/copy-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createApiTokenAction } from "@/lib/api-tokens/actions";
import { ZCreateApiTokenInput, type TCreateApiTokenInput } from "@/lib/api-tokens/schema";

const EXPIRY_DAYS = [30, 90, 365] as const;
const DEFAULT_EXPIRY_DAYS = 90;

export function CreateApiTokenForm({ organisationId }: Readonly<{ organisationId: string }>) {
  const t = useTranslations("apiTokens");
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const form = useForm<TCreateApiTokenInput>({
    resolver: zodResolver(ZCreateApiTokenInput),
    defaultValues: { organisationId, name: "", expiresInDays: DEFAULT_EXPIRY_DAYS },
  });
  const { submit, formError } = useActionForm({
    form,
    action: createApiTokenAction,
    onSuccess: ({ name, token }, values) => {
      setCreated({ name, token });
      form.reset({ organisationId, name: "", expiresInDays: values.expiresInDays });
    },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <div className="space-y-4">
      <form method="post" onSubmit={submit} noValidate className="grid items-start gap-4 sm:grid-cols-[2fr_1fr_auto]">
        <InputField label={t("name")} hint={t("nameHint")} maxLength={80} error={errors.name?.message} {...form.register("name")} />
        <SelectField
          label={t("expiry")}
          error={errors.expiresInDays?.message}
          {...form.register("expiresInDays", { setValueAs: (value: unknown) => (value === "" || value == null ? undefined : Number(value)) })}
        >
          {EXPIRY_DAYS.map((days) => (
            <option key={days} value={days}>
              {t("expiryDays", { days })}
            </option>
          ))}
          <option value="">{t("noExpiry")}</option>
        </SelectField>
        <Button type="submit" disabled={isSubmitting} className="sm:mt-6">
          {isSubmitting ? t("creating") : t("createButton")}
        </Button>
      </form>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {created ? (
        <Alert tone="success" title={t("createdTitle", { name: created.name })}>
          <p>{t("createdOnce")}</p>
          <CopyField label={t("tokenLabel")} value={created.token} />
        </Alert>
      ) : null}
    </div>
  );
}
