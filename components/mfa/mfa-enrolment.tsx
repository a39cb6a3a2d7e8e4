"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { confirmMfaEnrolmentAction, startMfaEnrolmentAction } from "@/lib/mfa/actions";
import type { MfaEnrolment as TMfaEnrolment } from "@/lib/mfa/start-mfa-enrolment";
import { ZConfirmMfaEnrolmentInput, type TConfirmMfaEnrolmentInput } from "@/lib/mfa/schema";
import { QrCodeImage } from "./qr-code-image";
import { RecoveryCodes } from "./recovery-codes";

// Start (a new seed, shown as a QR code and as text) → confirm with a code → recovery codes, once.
export function MfaEnrolment() {
  const t = useTranslations("security");
  const [enrolment, setEnrolment] = useState<TMfaEnrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const start = useActionRunner();

  if (recoveryCodes) return <RecoveryCodes codes={recoveryCodes} />;
  if (!enrolment) {
    return (
      <div className="space-y-3">
        {start.error ? <Alert tone="error">{start.error}</Alert> : null}
        <Button disabled={start.pending} onClick={() => start.run(() => startMfaEnrolmentAction({}), setEnrolment)}>
          {start.pending ? t("starting") : t("setUpButton")}
        </Button>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <p className="text-sm text-slate-800">{t("scanStep")}</p>
        <QrCodeImage qr={enrolment.qr} label={t("qrLabel")} />
        <div>
          <p className="text-sm text-slate-700" id="mfa-secret-label">
            {t("secretLabel")}
          </p>
          <p aria-labelledby="mfa-secret-label" className="mt-1 font-mono text-base tracking-wider text-slate-900" data-testid="mfa-secret">
            {enrolment.secret.replace(/(.{4})(?=.)/g, "$1 ")}
          </p>
        </div>
      </div>
      <ConfirmForm onConfirmed={setRecoveryCodes} />
    </div>
  );
}

function ConfirmForm({ onConfirmed }: Readonly<{ onConfirmed: (codes: string[]) => void }>) {
  const t = useTranslations("security");
  const form = useForm<TConfirmMfaEnrolmentInput>({ resolver: zodResolver(ZConfirmMfaEnrolmentInput), defaultValues: { code: "" } });
  const { submit, formError } = useActionForm({
    form,
    action: confirmMfaEnrolmentAction,
    onSuccess: ({ recoveryCodes }) => onConfirmed(recoveryCodes),
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form method="post" onSubmit={submit} noValidate className="max-w-sm space-y-3">
      <p className="text-sm text-slate-800">{t("confirmStep")}</p>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <InputField label={t("codeLabel")} inputMode="numeric" autoComplete="one-time-code" error={errors.code?.message} {...form.register("code")} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("confirming") : t("confirmButton")}
      </Button>
    </form>
  );
}
