import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { can, type AccessRole } from "@/lib/auth/permissions";
import { EXPORT_KINDS, type ExportKind } from "@/lib/export/export-kinds";
import { getInstanceKeyId } from "@/lib/signing/instance-key";

// "answers.csv" → "answersCsv": catalog keys cannot contain dots.
function labelKey(kind: ExportKind): string {
  return kind.replace(/\.(\w)/, (_, c: string) => c.toUpperCase());
}

// Plain links: a download is a GET that signs and records a new export each time.
export async function ExportsCard({ assessmentId, role }: Readonly<{ assessmentId: string; role: AccessRole }>) {
  if (!can(role, "reports.export")) return null;
  const [t, keyId] = await Promise.all([getTranslations("exports"), getInstanceKeyId()]);
  return (
    <Card title={t("title")}>
      <p className="mb-3 max-w-3xl text-sm text-slate-800">{t("intro")}</p>
      <ul aria-label={t("listLabel")} className="mb-4 grid gap-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {EXPORT_KINDS.map((kind) => (
          <li key={kind}>
            <a
              className="font-medium text-brand-700 underline"
              href={`/api/assessments/${assessmentId}/exports/${kind}`}
              download
            >
              {t(`kinds.${labelKey(kind)}`)}
            </a>
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
