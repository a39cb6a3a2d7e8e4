import { PartiesView } from "@/components/parties/parties-view";
import { requireUser } from "@/lib/auth/session";
import { guardPage } from "@/lib/http/page-guard";
import { getPartiesPage } from "@/lib/parties/queries";

export default async function PartiesPage({ params }: Readonly<{ params: Promise<{ orgId: string; assessmentId: string }> }>) {
  const { orgId, assessmentId } = await params;
  const user = await requireUser();
  const page = await guardPage(() => getPartiesPage({ userId: user.id, organisationId: orgId, assessmentId }));
  return <PartiesView page={page} />;
}
