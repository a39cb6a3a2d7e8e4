import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AppShell, type ShellNavItem } from "@/components/layout/app-shell";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { guardPage } from "@/lib/http/page-guard";
import { getOrgShell } from "@/lib/organisations/queries";

export default async function OrgLayout({ children, params }: Readonly<{ children: ReactNode; params: Promise<{ orgId: string }> }>) {
  const { orgId } = await params;
  const user = await requireUser();
  const { access, organisations, guestAssessments } = await guardPage(() => getOrgShell({ userId: user.id, organisationId: orgId }));
  const t = await getTranslations("nav");
  // Navigation only hides what a role cannot use; every page still checks on its own.
  if (access.role === "GUEST") {
    const guestNav = guestAssessments.map((g) => ({
      href: `/orgs/${orgId}/assessments/${g.assessmentId}/my-practices`,
      label: g.assessmentTitle,
    }));
    return (
      // A guest is not in this organisation, so the switcher does not claim it.
      <AppShell user={user} organisations={organisations} nav={guestNav}>
        {children}
      </AppShell>
    );
  }
  const nav: ShellNavItem[] = [
    { href: `/orgs/${orgId}`, label: t("home") },
    { href: `/orgs/${orgId}/dashboard`, label: t("dashboard") },
    { href: `/orgs/${orgId}/programs`, label: t("programs") },
  ];
  if (can(access.role, "members.manage")) nav.push({ href: `/orgs/${orgId}/settings/members`, label: t("members") });
  if (can(access.role, "audit.read")) nav.push({ href: `/orgs/${orgId}/settings/audit`, label: t("audit") });
  nav.push({ href: `/orgs/${orgId}/settings/api-tokens`, label: t("apiTokens") });
  nav.push({ href: "/model", label: t("model") });
  return (
    <AppShell user={user} organisations={organisations} currentOrgId={orgId} nav={nav}>
      {children}
    </AppShell>
  );
}
