import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { can, type AccessRole } from "@/lib/auth/permissions";
import { EXPORT_KINDS, formatOf, type ExportKind } from "@/lib/export/export-kinds";
import { getInstanceKeyId } from "@/lib/signing/instance-key";
import { ExportDownloadLink } from "./export-download-link";

// "answers.csv" → "answersCsv": catalog keys cannot contain dots.
function labelKey(kind: ExportKind): string {
  return kind.replace(/\.(\w)/, (_, c: string) => c.toUpperCase());
}

// Download links: each download is a GET that signs and records a new export. PDF links show
// that the file is being prepared (ExportDownloadLink).
export async function ExportsCard({ assessmentId, role }: Readonly<{ assessmentId: string; role: AccessRole }>) {
  if (!can(role, "reports.export")) return null;
  const [t, keyId] = await Promise.all([getTranslations("exports"), getInstanceKeyId()]);
  return (
    <Card title={t("title")}>
      <p className="mb-3 max-w-3xl text-sm text-slate-800">{t("intro")}</p>
      <ul aria-label={t("listLabel")} className="mb-4 grid gap-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {EXPORT_KINDS.map((kind) => (
          <li key={kind}>
            <ExportDownloadLink
              href={`/api/assessments/${assessmentId}/exports/${kind}`}
              label={t(`kinds.${labelKey(kind)}`)}
              showProgress={formatOf(kind) === "pdf"}
            />
          </li>
        ))}
      </ul>
      <p className="text-xs text-slate-700">
        {t("keyId", { keyId })} ·{" "}
        <Link className="text-brand-700 underline" href="/verify">
          {t("verifyLink")}
        </Link>
      </p>
    </Card>
  );
}
