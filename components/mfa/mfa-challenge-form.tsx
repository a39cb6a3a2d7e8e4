"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { verifyMfaChallengeAction } from "@/lib/mfa/actions";
import { ZMfaChallengeInput, type TMfaChallengeInput } from "@/lib/mfa/schema";

// On success the action redirects, so there is nothing to do here but show errors.
export function MfaChallengeForm({ callbackUrl }: Readonly<{ callbackUrl: string }>) {
  const t = useTranslations("mfa");
  const form = useForm<TMfaChallengeInput>({ resolver: zodResolver(ZMfaChallengeInput), defaultValues: { code: "", callbackUrl } });
  const { submit, formError } = useActionForm({ form, action: verifyMfaChallengeAction, onSuccess: () => undefined });
  const { errors, isSubmitting } = form.formState;
  return (
    <form method="post" onSubmit={submit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <InputField
        label={t("codeLabel")}
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        error={errors.code?.message}
        {...form.register("code")}
      />
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? t("verifying") : t("verifyButton")}
      </Button>
    </form>
  );
}
