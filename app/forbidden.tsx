import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/layout/status-page";

export default async function Forbidden() {
  const t = await getTranslations();
  return (
    <StatusPage title={t("errors.forbiddenTitle")}>
      <p>{t("errors.forbidden")}</p>
      <Link className="mt-4 inline-block text-brand-700 underline" href="/orgs">
        {t("common.backHome")}
      </Link>
    </StatusPage>
  );
}
