import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AppShell } from "@/components/layout/app-shell";
import { PageHeader } from "@/components/layout/page-header";
import { CreateOrganisationForm } from "@/components/organisations/create-organisation-form";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listGuestParticipations, listMyOrganisations } from "@/lib/organisations/queries";

export default async function OrganisationsPage({ searchParams }: Readonly<{ searchParams: Promise<{ all?: string }> }>) {
  const user = await requireUser();
  const [organisations, participations] = await Promise.all([
    listMyOrganisations(user.id),
    listGuestParticipations({ userId: user.id }),
  ]);
  // One organisation: go straight in; `?all=1` shows the list anyway (to create another).
  if (organisations.length === 1 && participations.length === 0 && !(await searchParams).all) {
    redirect(`/orgs/${organisations[0]!.id}`);
  }
  const t = await getTranslations();
  return (
    <AppShell user={user} organisations={organisations} nav={[]}>
      <PageHeader title={t("orgs.title")} description={t("orgs.description")} />
      <div className="grid gap-6 md:grid-cols-2">
        <Card>
          {organisations.length === 0 ? (
            <p className="text-sm text-slate-700">{t("orgs.empty")}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {organisations.map((o) => (
                <li key={o.id} className="py-3">
                  <Link href={`/orgs/${o.id}`} className="font-medium text-brand-700 underline">
                    {o.name}
                  </Link>
                  <p className="text-sm text-slate-700">{t("orgs.yourRole", { role: t(`roles.${o.role}`) })}</p>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {participations.length > 0 ? (
          <Card title={t("orgs.guestTitle")}>
            <ul className="divide-y divide-slate-100">
              {participations.map((p) => (
                <li key={p.assessmentId + p.partyName} className="py-3">
                  <Link href={`/orgs/${p.organisationId}/assessments/${p.assessmentId}/my-practices`} className="font-medium text-brand-700 underline">
                    {p.assessmentTitle}
                  </Link>
                  <p className="text-sm text-slate-700">{t("orgs.guestOf", { organisation: p.organisationName, party: p.partyName })}</p>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
        <Card title={t("orgs.createTitle")}>
          <CreateOrganisationForm />
        </Card>
      </div>
    </AppShell>
  );
}
