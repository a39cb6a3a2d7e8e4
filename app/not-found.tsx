import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/layout/status-page";

export default async function NotFound() {
  const t = await getTranslations();
  return (
    <StatusPage title={t("errors.notFoundTitle")}>
      <p>{t("errors.notFound")}</p>
      <Link className="mt-4 inline-block text-brand-700 underline" href="/">
        {t("common.backHome")}
      </Link>
    </StatusPage>
  );
}
