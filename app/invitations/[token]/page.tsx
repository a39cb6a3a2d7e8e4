import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationPanel } from "@/components/auth/accept-invitation-panel";
import { AuthCard } from "@/components/auth/auth-card";
import { Alert } from "@/components/ui/alert";
import { getCurrentUser } from "@/lib/auth/session";
import { findInvitationForLink } from "@/lib/invitations/queries";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

export default async function InvitationPage({ params }: Readonly<{ params: Promise<{ token: string }> }>) {
  const { token } = await params;
  const t = await getTranslations();
  const invitation = await findInvitationForLink(token);
  if (!invitation || invitation.status !== "pending") {
    return (
      <AuthCard title={t("common.appName")} footer={<Link className="text-brand-700 underline" href="/">{t("common.backHome")}</Link>}>
        <Alert tone="error">{invitation ? t(`invitation.status.${invitation.status}`) : t("invitation.notFound")}</Alert>
      </AuthCard>
    );
  }
  const user = await getCurrentUser();
  const role = t(`roles.${invitation.role}`);
  return (
    <AuthCard
      title={t("invitation.title", { organisation: invitation.organisationName })}
      intro={
        invitation.participation
          ? t("invitation.participantIntro", {
              organisation: invitation.organisationName,
              assessment: invitation.participation.assessmentTitle,
              party: invitation.participation.partyName,
              email: invitation.email,
            })
          : t("invitation.intro", { organisation: invitation.organisationName, role, email: invitation.email })
      }
    >
      <AcceptInvitationPanel token={token} invitationEmail={invitation.email} signedInEmail={user?.email ?? null} />
    </AuthCard>
  );
}
