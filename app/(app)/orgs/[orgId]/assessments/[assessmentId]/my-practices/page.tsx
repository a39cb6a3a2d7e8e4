import { MyPracticesView } from "@/components/routing/my-practices-view";
import { requireUser } from "@/lib/auth/session";
import { guardPage } from "@/lib/http/page-guard";
import { getMyPractices } from "@/lib/routing/my-practices";

export default async function MyPracticesPage({ params }: Readonly<{ params: Promise<{ orgId: string; assessmentId: string }> }>) {
  const { orgId, assessmentId } = await params;
  const user = await requireUser();
  const page = await guardPage(() => getMyPractices({ userId: user.id, organisationId: orgId, assessmentId }));
  return <MyPracticesView page={page} />;
}
