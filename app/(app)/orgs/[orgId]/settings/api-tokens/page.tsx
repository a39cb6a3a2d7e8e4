import { getTranslations } from "next-intl/server";
import { ApiTokensTable } from "@/components/api-tokens/api-tokens-table";
import { ApiUsage } from "@/components/api-tokens/api-usage";
import { CreateApiTokenForm } from "@/components/api-tokens/create-api-token-form";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { getApiTokensPage } from "@/lib/api-tokens/queries";
import { requireUser } from "@/lib/auth/session";
import { appUrl } from "@/lib/env";
import { guardPage } from "@/lib/http/page-guard";

export default async function ApiTokensPage({ params }: Readonly<{ params: Promise<{ orgId: string }> }>) {
  const { orgId } = await params;
  const user = await requireUser();
  const page = await guardPage(() => getApiTokensPage({ userId: user.id, organisationId: orgId }));
  const t = await getTranslations("apiTokens");
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { organisation: page.organisationName })} />
      <div className="space-y-6">
        <Card title={t("createTitle")}>
          <CreateApiTokenForm organisationId={orgId} />
        </Card>
        <Card>
          <ApiTokensTable organisationId={orgId} tokens={page.tokens} />
        </Card>
        <Card title={t("usageTitle")}>
          <ApiUsage baseUrl={appUrl()} />
        </Card>
      </div>
    </>
  );
}
