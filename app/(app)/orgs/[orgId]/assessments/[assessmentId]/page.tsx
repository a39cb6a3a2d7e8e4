import { AssessmentOverviewView } from "@/components/assessment/assessment-overview";
import { getAssessmentOverview } from "@/lib/assessments/queries";
import { requireUser } from "@/lib/auth/session";
import { guardPage } from "@/lib/http/page-guard";

export default async function AssessmentPage({ params }: Readonly<{ params: Promise<{ orgId: string; assessmentId: string }> }>) {
  const { orgId, assessmentId } = await params;
  const user = await requireUser();
  const overview = await guardPage(() => getAssessmentOverview({ userId: user.id, organisationId: orgId, assessmentId }));
  return <AssessmentOverviewView overview={overview} />;
}
