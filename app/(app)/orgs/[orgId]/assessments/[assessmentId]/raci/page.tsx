import { RaciView } from "@/components/raci/raci-view";
import { requireUser } from "@/lib/auth/session";
import { guardPage } from "@/lib/http/page-guard";
import { getRaciPage } from "@/lib/raci/raci-page";

export default async function RaciPage({ params }: Readonly<{ params: Promise<{ orgId: string; assessmentId: string }> }>) {
  const { orgId, assessmentId } = await params;
  const user = await requireUser();
  const page = await guardPage(() => getRaciPage({ userId: user.id, organisationId: orgId, assessmentId }));
  return <RaciView page={page} />;
}
