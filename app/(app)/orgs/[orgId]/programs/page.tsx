import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { CreateProgramForm } from "@/components/programs/create-program-form";
import { ProgramsTable } from "@/components/programs/programs-table";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { guardPage } from "@/lib/http/page-guard";
import { listPrograms } from "@/lib/programs/queries";

export default async function ProgramsPage({ params }: Readonly<{ params: Promise<{ orgId: string }> }>) {
  const { orgId } = await params;
  const user = await requireUser();
  const { access, programs } = await guardPage(() => listPrograms({ userId: user.id, organisationId: orgId }));
  const t = await getTranslations("programs");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <Card>
          <ProgramsTable organisationId={orgId} programs={programs} />
        </Card>
        {can(access.role, "programs.write") ? (
          <Card title={t("createTitle")}>
            <CreateProgramForm organisationId={orgId} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
