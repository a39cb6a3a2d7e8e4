import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { PageHeader } from "@/components/layout/page-header";
import { PracticeFilterForm } from "@/components/model/practice-filter-form";
import { PracticeList } from "@/components/model/practice-list";
import { getCurrentUser } from "@/lib/auth/session";
import { browsePractices } from "@/lib/content/queries";

export const metadata: Metadata = { title: "Practices" };

export default async function PracticesPage({ searchParams }: Readonly<{ searchParams: Promise<Record<string, string | string[] | undefined>> }>) {
  const browser = browsePractices(await searchParams);
  const t = await getTranslations("model");
  return (
    <PublicShell signedIn={Boolean(await getCurrentUser())}>
      <PageHeader title={t("practicesTitle")} description={t("practicesDescription")} />
      <div className="space-y-6">
        {/* Keyed by the filter so client-side navigation (e.g. "Clear") resets the uncontrolled fields. */}
        <PracticeFilterForm key={JSON.stringify(browser.filter)} model={browser.model} filter={browser.filter} ignored={browser.ignored} />
        <PracticeList model={browser.model} practices={browser.practices} />
      </div>
    </PublicShell>
  );
}
