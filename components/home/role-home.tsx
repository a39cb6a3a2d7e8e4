import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import type { OrganisationHome } from "@/lib/organisations/queries";

// Each role lands on what it came to do; later features fill these cards.
export async function RoleHome({ home }: Readonly<{ home: OrganisationHome }>) {
  const t = await getTranslations("home");
  const stats = [
    { label: t("members"), value: home.memberCount },
    { label: t("programs"), value: home.programCount },
    { label: t("assessments"), value: home.assessmentCount },
  ];
  return (
    <div className="space-y-6">
      <Card title={t(`${home.role}.heading`)}>
        <p className="text-sm text-slate-700">{t(`${home.role}.body`)}</p>
        {can(home.role, "members.manage") ? (
          <ButtonLink className="mt-4" href={`/orgs/${home.organisationId}/settings/members`}>
            {t("manageMembers")}
          </ButtonLink>
        ) : null}
      </Card>
      <dl className="grid gap-4 sm:grid-cols-3">
        {stats.map((stat) => (
          <div key={stat.label} className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-700">{stat.label}</dt>
            <dd className="mt-1 text-2xl font-semibold text-slate-900">{stat.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
