"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { disableMfaAction } from "@/lib/mfa/actions";
import { ZDisableMfaInput, type TDisableMfaInput } from "@/lib/mfa/schema";

export function DisableMfaForm({ hasPassword }: Readonly<{ hasPassword: boolean }>) {
  const t = useTranslations("security");
  const router = useRouter();
  const form = useForm<TDisableMfaInput>({ resolver: zodResolver(ZDisableMfaInput), defaultValues: { password: "", code: "" } });
  const { submit, formError } = useActionForm({ form, action: disableMfaAction, onSuccess: () => router.refresh() });
  const { errors, isSubmitting } = form.formState;
  return (
    <form method="post" onSubmit={submit} noValidate className="max-w-sm space-y-3">
      <h3 className="text-sm font-semibold text-slate-900">{t("disableTitle")}</h3>
      <p className="text-sm text-slate-700">{hasPassword ? t("disableIntro") : t("disableIntroNoPassword")}</p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {hasPassword ? (
        <InputField label={t("passwordLabel")} type="password" autoComplete="current-password" error={errors.password?.message} {...form.register("password")} />
      ) : null}
      <InputField label={t("codeLabel")} inputMode="numeric" autoComplete="one-time-code" error={errors.code?.message} {...form.register("code")} />
      <Button type="submit" variant="danger" disabled={isSubmitting}>
        {isSubmitting ? t("disabling") : t("disableButton")}
      </Button>
    </form>
  );
}
