import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { PageHeader } from "@/components/layout/page-header";
import { LayersOverview } from "@/components/model/layers-overview";
import { LevelsOverview } from "@/components/model/levels-overview";
import { getCurrentUser } from "@/lib/auth/session";
import { getModelOverview } from "@/lib/content/queries";

export const metadata: Metadata = { title: "Maturity model" };

export default async function ModelPage() {
  const model = getModelOverview();
  const t = await getTranslations("model");
  return (
    <PublicShell signedIn={Boolean(await getCurrentUser())}>
      <PageHeader title={t("title")} description={t("description", { version: model.version, count: model.practices.length })} />
      <div className="space-y-10">
        <LevelsOverview levels={model.levels} />
        <LayersOverview layers={model.layers} practices={model.practices} />
      </div>
    </PublicShell>
  );
}
