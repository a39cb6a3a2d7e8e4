import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { safeRedirectPath } from "@/lib/http/safe-redirect";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: Readonly<{ searchParams: Promise<{ callbackUrl?: string }> }>) {
  const callbackUrl = safeRedirectPath((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  return (
    <AuthCard
      title={t("signInTitle")}
      footer={
        <>
          {t("noAccount")}{" "}
          <Link className="font-medium text-brand-700 underline" href="/sign-up">
            {t("signUpButton")}
          </Link>
        </>
      }
    >
      <SignInForm callbackUrl={callbackUrl} lockMinutes={env().LOCKOUT_MINUTES} />
    </AuthCard>
  );
}
