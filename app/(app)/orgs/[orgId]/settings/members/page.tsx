import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { InvitationsTable } from "@/components/members/invitations-table";
import { InviteForm } from "@/components/members/invite-form";
import { MembersTable } from "@/components/members/members-table";
import { OrganisationMfaForm } from "@/components/mfa/organisation-mfa-form";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { guardPage } from "@/lib/http/page-guard";
import { getMembersPage } from "@/lib/members/queries";

export default async function MembersPage({ params }: Readonly<{ params: Promise<{ orgId: string }> }>) {
  const { orgId } = await params;
  const user = await requireUser();
  const page = await guardPage(() => getMembersPage({ userId: user.id, organisationId: orgId }));
  const t = await getTranslations("members");
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { organisation: page.organisationName })} />
      <div className="space-y-6">
        <Card>
          <MembersTable organisationId={orgId} members={page.members} currentUserId={user.id} />
        </Card>
        <Card title={t("mfaTitle")}>
          <OrganisationMfaForm organisationId={orgId} requireMfa={page.requireMfa} />
        </Card>
        <Card title={t("inviteTitle")}>
          <p className="mb-4 text-sm text-slate-700">{t("inviteIntro", { hours: env().INVITATION_TTL_HOURS })}</p>
          <InviteForm organisationId={orgId} />
        </Card>
        <Card>
          <InvitationsTable organisationId={orgId} invitations={page.invitations} />
        </Card>
      </div>
    </>
  );
}
