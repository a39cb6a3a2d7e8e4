"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { verifyMfaChallengeAction } from "@/lib/mfa/actions";
import { ZMfaChallengeInput, type TMfaChallengeInput } from "@/lib/mfa/schema";

export function MfaChallengeForm({ callbackUrl }: Readonly<{ callbackUrl: string }>) {
  const t = useTranslations("mfa");
  const router = useRouter();
  const [codesLeft, setCodesLeft] = useState<number | null>(null);
  const form = useForm<TMfaChallengeInput>({ resolver: zodResolver(ZMfaChallengeInput), defaultValues: { code: "" } });
  const { submit, formError } = useActionForm({
    form,
    action: verifyMfaChallengeAction,
    onSuccess: ({ recoveryCodesLeft }) => {
      // After a recovery code, say how many are left before going on.
      if (recoveryCodesLeft !== null) {
        setCodesLeft(recoveryCodesLeft);
        return;
      }
      router.push(callbackUrl);
      router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;

  if (codesLeft !== null) {
    return (
      <div className="space-y-4">
        <Alert tone={codesLeft > 2 ? "info" : "warning"}>{t("recoveryCodeUsed", { left: codesLeft })}</Alert>
        <Button
          className="w-full"
          onClick={() => {
            router.push(callbackUrl);
            router.refresh();
          }}
        >
          {t("continueButton")}
        </Button>
      </div>
    );
  }
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
