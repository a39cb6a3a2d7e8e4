"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { acceptInvitationAction, acceptInvitationWithSignUpAction } from "@/lib/invitations/actions";
import { ZAcceptInvitationWithSignUpInput, type TAcceptInvitationWithSignUpInput } from "@/lib/invitations/schema";

export function AcceptInvitationPanel({ token, invitationEmail, signedInEmail }: Readonly<{
  token: string;
  invitationEmail: string;
  signedInEmail: string | null;
}>) {
  return signedInEmail ? (
    <AcceptAsSignedIn token={token} signedInEmail={signedInEmail} />
  ) : (
    <AcceptWithSignUp token={token} invitationEmail={invitationEmail} />
  );
}

function AcceptAsSignedIn({ token, signedInEmail }: Readonly<{ token: string; signedInEmail: string }>) {
  const t = useTranslations("invitation");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{t("signedInAs", { email: signedInEmail })}</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await acceptInvitationAction({ token });
            if (result.ok) router.push(result.data.landingPath);
            else setError(result.error.message);
          })
        }
      >
        {pending ? t("accepting") : t("acceptButton")}
      </Button>
    </div>
  );
}

function AcceptWithSignUp({ token, invitationEmail }: Readonly<{ token: string; invitationEmail: string }>) {
  const t = useTranslations();
  const router = useRouter();
  const form = useForm<TAcceptInvitationWithSignUpInput>({
    resolver: zodResolver(ZAcceptInvitationWithSignUpInput),
    defaultValues: { token, name: "", email: invitationEmail, password: "" },
  });
  const { submit, formError } = useActionForm({
    form,
    action: acceptInvitationWithSignUpAction,
    async onSuccess({ landingPath }, values) {
      await signIn("credentials", { email: values.email, password: values.password, redirect: false });
      router.push(landingPath);
      router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <div className="space-y-4">
      <h2 className="text-base font-semibold">{t("invitation.createAccount")}</h2>
      <form method="post" onSubmit={submit} noValidate className="space-y-4">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <InputField label={t("auth.name")} autoComplete="name" error={errors.name?.message} {...form.register("name")} />
        <InputField label={t("auth.email")} type="email" readOnly error={errors.email?.message} {...form.register("email")} />
        <InputField
          label={t("auth.password")}
          type="password"
          autoComplete="new-password"
          hint={t("auth.passwordHint")}
          error={errors.password?.message}
          {...form.register("password")}
        />
        <Button type="submit" disabled={isSubmitting} className="w-full">
          {isSubmitting ? t("invitation.accepting") : t("invitation.acceptButton")}
        </Button>
      </form>
      <p className="text-sm text-slate-700">
        <Link className="text-brand-700 underline" href={`/sign-in?callbackUrl=${encodeURIComponent(`/invitations/${token}`)}`}>
          {t("invitation.signInToAccept")}
        </Link>
      </p>
    </div>
  );
}
