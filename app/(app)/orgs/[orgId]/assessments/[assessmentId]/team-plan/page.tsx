import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TeamPlanView } from "@/components/team-plan/team-plan-view";
import { requireUser } from "@/lib/auth/session";
import { guardPage } from "@/lib/http/page-guard";
import { getTeamPlanPage } from "@/lib/team-plan/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("teamPlan");
  return { title: t("title") };
}

export default async function TeamPlanPage({
  params,
}: Readonly<{ params: Promise<{ orgId: string; assessmentId: string }> }>) {
  const { orgId, assessmentId } = await params;
  const user = await requireUser();
  const plan = await guardPage(() => getTeamPlanPage({ userId: user.id, organisationId: orgId, assessmentId }));
  return <TeamPlanView plan={plan} />;
}
