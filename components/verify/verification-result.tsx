import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { VerificationResult } from "@/lib/signing/verify-export";

// Shared by the server-rendered code check and the client-side file check: no "use client", no
// hooks beyond translations.
export function VerificationResultPanel({ result }: Readonly<{ result: VerificationResult }>) {
  const t = useTranslations("verify");
  const tone = result.authentic ? "success" : result.outcome === "registered" ? "info" : "error";
  const time = (iso: string) => t("timeUtc", { time: iso.slice(0, 19).replace("T", " ") });
  const details = result.export;
  const rows: Array<[string, string]> = details
    ? [
        [t("details.assessment"), details.assessmentTitle],
        [t("details.program"), details.programName],
        [t("details.organisation"), details.organisationName],
        [t("details.kind"), details.kind],
        [t("details.fileName"), details.fileName],
        [t("details.createdAt"), time(details.createdAt)],
        [t("details.code"), details.code],
        [t("details.keyId"), details.keyId],
        [t("details.sha256"), details.sha256],
      ]
    : result.code
      ? [[t("details.code"), result.code]]
      : [];
  if (result.sha256 && result.sha256 !== details?.sha256) rows.push([t("details.uploadedSha256"), result.sha256]);
  return (
    <section aria-label={t("resultLabel")} className="mt-4">
      <Alert tone={tone} title={t(`outcomes.${result.outcome}.title`)}>
        <p>{t(`outcomes.${result.outcome}.reason`)}</p>
        {rows.length > 0 ? (
          <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
            {rows.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-medium">{label}</dt>
                <dd className="break-all font-mono text-xs leading-5">{value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
      </Alert>
    </section>
  );
}
