import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { Brand } from "@/components/layout/brand";
import { ButtonLink } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/session";

export default async function LandingPage() {
  if (await getCurrentUser()) redirect("/orgs");
  const t = await getTranslations("landing");
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-3xl flex-col justify-center gap-8 px-4 py-16">
      <Brand />
      <h1 className="text-3xl font-semibold leading-tight text-slate-900">{t("title")}</h1>
      <p className="text-lg text-slate-700">{t("body")}</p>
      <div className="flex flex-wrap gap-3">
        <ButtonLink href="/sign-in">{t("signIn")}</ButtonLink>
        <ButtonLink href="/sign-up" variant="secondary">
          {t("signUp")}
        </ButtonLink>
        <ButtonLink href="/model" variant="ghost">
          {t("browseModel")}
        </ButtonLink>
      </div>
    </main>
  );
}
