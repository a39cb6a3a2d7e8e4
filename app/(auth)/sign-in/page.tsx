import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { OidcSignInButton } from "@/components/auth/oidc-sign-in-button";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { OIDC_PROVIDER_ID, oidcConfig } from "@/lib/auth/oidc-config";
import { getSignedInSession } from "@/lib/auth/session";
import { signInErrorKey } from "@/lib/auth/sign-in-error";
import { env } from "@/lib/env";
import { safeRedirectPath } from "@/lib/http/safe-redirect";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: Readonly<{ searchParams: Promise<{ callbackUrl?: string; error?: string }> }>) {
  const { callbackUrl: requested, error } = await searchParams;
  const callbackUrl = safeRedirectPath(requested);
  // Every sign-in continues through the MFA step, which lets sessions that need no code straight on.
  const next = `/mfa?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  if (await getSignedInSession()) redirect(next);
  const t = await getTranslations("auth");
  const oidc = oidcConfig();
  const errorKey = signInErrorKey(error);
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
      <div className="space-y-4">
        {errorKey ? <Alert tone="error">{t(errorKey)}</Alert> : null}
        <SignInForm callbackUrl={next} lockMinutes={env().LOCKOUT_MINUTES} />
        {oidc ? (
          <>
            <p className="text-center text-sm text-slate-700">{t("orSeparator")}</p>
            <OidcSignInButton providerId={OIDC_PROVIDER_ID} name={oidc.name} callbackUrl={next} />
          </>
        ) : null}
      </div>
    </AuthCard>
  );
}
