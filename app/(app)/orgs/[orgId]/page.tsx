import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { RoleHome } from "@/components/home/role-home";
import { requireUser } from "@/lib/auth/session";
import { guardPage } from "@/lib/http/page-guard";
import { getOrganisationHome } from "@/lib/organisations/queries";

export default async function OrganisationHomePage({ params }: Readonly<{ params: Promise<{ orgId: string }> }>) {
  const { orgId } = await params;
  const user = await requireUser();
  const home = await guardPage(() => getOrganisationHome({ userId: user.id, organisationId: orgId }));
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={home.organisationName} description={t("home.roleIntro", { role: t(`roles.${home.role}`) })} />
      <RoleHome home={home} />
    </>
  );
}
