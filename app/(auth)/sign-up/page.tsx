import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/orgs");
  const t = await getTranslations("auth");
  return (
    <AuthCard
      title={t("signUpTitle")}
      intro={t("signUpIntro")}
      footer={
        <>
          {t("haveAccount")}{" "}
          <Link className="font-medium text-brand-700 underline" href="/sign-in">
            {t("signInButton")}
          </Link>
        </>
      }
    >
      <SignUpForm />
    </AuthCard>
  );
}
