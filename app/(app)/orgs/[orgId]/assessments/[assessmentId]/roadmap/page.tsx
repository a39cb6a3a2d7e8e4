import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RoadmapView } from "@/components/roadmap/roadmap-view";
import { requireUser } from "@/lib/auth/session";
import { guardPage } from "@/lib/http/page-guard";
import { getRoadmapPage } from "@/lib/roadmap/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("roadmap");
  return { title: t("title") };
}

export default async function RoadmapPage({
  params,
}: Readonly<{ params: Promise<{ orgId: string; assessmentId: string }> }>) {
  const { orgId, assessmentId } = await params;
  const user = await requireUser();
  const page = await guardPage(() => getRoadmapPage({ userId: user.id, organisationId: orgId, assessmentId }));
  return <RoadmapView page={page} />;
}
