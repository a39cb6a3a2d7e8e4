"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { ZSignInInput, type TSignInInput } from "@/lib/auth/schema";

export function SignInForm({ callbackUrl, lockMinutes }: Readonly<{ callbackUrl: string; lockMinutes: number }>) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<TSignInInput>({ resolver: zodResolver(ZSignInInput), defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  async function onSubmit(values: TSignInInput) {
    setFormError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (result?.ok && !result.error) {
      router.push(callbackUrl);
      router.refresh();
      return;
    }
    if (result?.error === "LOCKED") setFormError(t("locked", { minutes: lockMinutes }));
    else if (result?.error === "RATE_LIMITED") setFormError(t("rateLimited"));
    else if (result?.error === "CredentialsSignin") setFormError(t("invalidCredentials"));
    else setFormError(t("unavailable"));
  }

  return (
    // method="post" (as on every form): a submit before hydration must never put the password in the URL.
    <form method="post" onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <InputField label={t("email")} type="email" autoComplete="username" error={errors.email?.message} {...form.register("email")} />
      <InputField
        label={t("password")}
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...form.register("password")}
      />
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? t("signingIn") : t("signInButton")}
      </Button>
    </form>
  );
}
