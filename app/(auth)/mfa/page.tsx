import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { MfaChallengeForm } from "@/components/mfa/mfa-challenge-form";
import { getSignedInSession, MFA_ENROLMENT_PATH } from "@/lib/auth/session";
import { safeRedirectPath } from "@/lib/http/safe-redirect";

export const metadata: Metadata = { title: "Security code" };

// Every sign-in passes here on its way in: sessions that need nothing more go straight on.
export default async function MfaPage({ searchParams }: Readonly<{ searchParams: Promise<{ callbackUrl?: string }> }>) {
  const callbackUrl = safeRedirectPath((await searchParams).callbackUrl);
  const session = await getSignedInSession();
  if (!session) redirect("/sign-in");
  if (session.stage === "active") redirect(callbackUrl);
  if (session.stage === "mfa-enrolment") redirect(MFA_ENROLMENT_PATH);
  const t = await getTranslations("mfa");
  return (
    <AuthCard title={t("challengeTitle")} intro={t("challengeIntro")} footer={<SignOutButton label={t("signOutInstead")} />}>
      <MfaChallengeForm callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
