"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { signUpAction } from "@/lib/accounts/actions";
import { ZSignUpInput, type TSignUpInput } from "@/lib/accounts/schema";

export function SignUpForm() {
  const t = useTranslations("auth");
  const router = useRouter();
  const form = useForm<TSignUpInput>({
    resolver: zodResolver(ZSignUpInput),
    defaultValues: { name: "", email: "", password: "", organisationName: "" },
  });
  const { submit, formError } = useActionForm({
    form,
    action: signUpAction,
    async onSuccess({ organisationId }, values) {
      await signIn("credentials", { email: values.email, password: values.password, redirect: false });
      router.push(`/orgs/${organisationId}`);
      router.refresh();
    },
  });
  const { errors, isSubmitting } = form.formState;

  return (
    <form method="post" onSubmit={submit} noValidate className="space-y-4">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <InputField label={t("name")} autoComplete="name" error={errors.name?.message} {...form.register("name")} />
      <InputField label={t("email")} type="email" autoComplete="email" error={errors.email?.message} {...form.register("email")} />
      <InputField
        label={t("password")}
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint")}
        error={errors.password?.message}
        {...form.register("password")}
      />
      <InputField
        label={t("organisationName")}
        hint={t("organisationHint")}
        error={errors.organisationName?.message}
        {...form.register("organisationName")}
      />
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? t("signingUp") : t("signUpButton")}
      </Button>
    </form>
  );
}
