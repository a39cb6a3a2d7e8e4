import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReadinessView } from "@/components/readiness/readiness-view";
import { requireUser } from "@/lib/auth/session";
import { guardPage } from "@/lib/http/page-guard";
import { getReadinessPage } from "@/lib/readiness/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("readiness");
  return { title: t("title") };
}

export default async function ReadinessPage({
  params,
}: Readonly<{ params: Promise<{ orgId: string; assessmentId: string }> }>) {
  const { orgId, assessmentId } = await params;
  const user = await requireUser();
  const page = await guardPage(() => getReadinessPage({ userId: user.id, organisationId: orgId, assessmentId }));
  return <ReadinessView page={page} />;
}
