import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { AppShell } from "@/components/layout/app-shell";
import { PageHeader } from "@/components/layout/page-header";
import { DisableMfaForm } from "@/components/mfa/disable-mfa-form";
import { MfaEnrolment } from "@/components/mfa/mfa-enrolment";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { getSignedInSession } from "@/lib/auth/session";
import { getMfaStatus } from "@/lib/mfa/get-mfa-status";
import { listMyOrganisations } from "@/lib/organisations/queries";

export const metadata: Metadata = { title: "Account security" };

// Reachable by a session its organisation holds at enrolment, which may go nowhere else.
export default async function AccountSecurityPage({ searchParams }: Readonly<{ searchParams: Promise<{ recovery?: string }> }>) {
  const session = await getSignedInSession();
  if (!session) redirect("/sign-in");
  if (session.stage === "mfa-pending") redirect("/mfa");
  const [status, organisations] = await Promise.all([getMfaStatus({ userId: session.id }), listMyOrganisations(session.id)]);
  const t = await getTranslations("security");
  const format = await getFormatter();
  const requiredBy = status.requiredBy.join(", ");
  const recoveryUsed = (await searchParams).recovery === "used";
  return (
    <AppShell user={session} organisations={session.stage === "active" ? organisations : []} nav={[]}>
      <PageHeader title={t("title")} description={t("description")} />
      {recoveryUsed && status.enabledAt ? (
        <div className="mb-6">
          <Alert tone={status.recoveryCodesLeft > 2 ? "info" : "warning"}>{t("recoveryCodeUsed", { left: status.recoveryCodesLeft })}</Alert>
        </div>
      ) : null}
      <Card title={t("statusTitle")}>
        {status.enabledAt ? (
          <div className="space-y-6">
            <p className="text-sm text-slate-800">
              {t("statusOn", { date: format.dateTime(status.enabledAt, { dateStyle: "medium" }), left: status.recoveryCodesLeft })}
            </p>
            {status.requiredBy.length > 0 ? (
              <p className="text-sm text-slate-700">{t("requiredNoDisable", { organisations: requiredBy })}</p>
            ) : (
              <DisableMfaForm hasPassword={status.hasPassword} />
            )}
          </div>
        ) : (
          <div className="space-y-4">
            {status.requiredBy.length > 0 ? <Alert tone="warning">{t("requiredBy", { organisations: requiredBy })}</Alert> : <p className="text-sm text-slate-800">{t("statusOff")}</p>}
            <MfaEnrolment />
          </div>
        )}
      </Card>
    </AppShell>
  );
}
