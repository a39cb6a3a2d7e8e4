import { Questionnaire } from "@/components/assessment/questionnaire";
import { getLayerQuestionnaire } from "@/lib/assessments/queries";
import { requireUser } from "@/lib/auth/session";
import { guardPage } from "@/lib/http/page-guard";

export default async function LayerPage({ params, searchParams }: Readonly<{
  params: Promise<{ orgId: string; assessmentId: string; layerId: string }>;
  searchParams: Promise<{ practice?: string }>;
}>) {
  const { orgId, assessmentId, layerId } = await params;
  const { practice } = await searchParams;
  const user = await requireUser();
  const questionnaire = await guardPage(() => getLayerQuestionnaire({ userId: user.id, organisationId: orgId, assessmentId, layerId }));
  return <Questionnaire questionnaire={questionnaire} focusId={practice} />;
}
