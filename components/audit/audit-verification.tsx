import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { auditQueryString, type AuditQuery } from "@/lib/audit/audit-url";
import type { ChainVerification } from "@/lib/audit/verify-audit-chain";

// Verification re-reads the whole chain, so it runs when asked (a link), not on every page view.
export async function AuditVerification({ organisationId, verification, query }: Readonly<{
  organisationId: string;
  verification: ChainVerification | null;
  query: AuditQuery;
}>) {
  const t = await getTranslations("audit");
  const path = `/orgs/${organisationId}/settings/audit`;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">{t("verifyIntro")}</p>
      {verification ? (
        verification.brokenLink ? (
          <Alert tone="error" title={t("brokenTitle")}>
            {t("broken", {
              events: verification.events,
              seq: verification.brokenLink.seq,
              reason: t(`reasons.${verification.brokenLink.reason}`),
            })}
          </Alert>
        ) : (
          <Alert tone="success" title={t("intactTitle")}>
            {t("intact", { events: verification.events })}
          </Alert>
        )
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Link href={`${path}${auditQueryString({ ...query, verify: 1 })}`} className={buttonClasses("primary")}>
          {verification ? t("verifyAgain") : t("verify")}
        </Link>
        <a href={`/api/orgs/${organisationId}/audit/export${auditQueryString({ ...query, page: undefined, format: "csv" })}`} className={buttonClasses("secondary")} download>
          {t("exportCsv")}
        </a>
        <a href={`/api/orgs/${organisationId}/audit/export${auditQueryString({ ...query, page: undefined, format: "json" })}`} className={buttonClasses("secondary")} download>
          {t("exportJson")}
        </a>
      </div>
    </div>
  );
}
