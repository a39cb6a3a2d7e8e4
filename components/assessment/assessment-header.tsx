import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AssessmentStatus } from "@/lib/assessments/lifecycle";
import { StatusBadge } from "./status-badge";

// Title, status and the assessment's own navigation, shared by its pages.
export async function AssessmentHeader({ organisationId, assessmentId, title, programName, status, current }: Readonly<{
  organisationId: string;
  assessmentId: string;
  title: string;
  programName: string;
  status: AssessmentStatus;
  current: "overview" | "questionnaire" | "results";
}>) {
  const t = await getTranslations("assessment");
  const base = `/orgs/${organisationId}/assessments/${assessmentId}`;
  const links = [
    { key: "overview", href: base, label: t("nav.overview") },
    { key: "results", href: `${base}/results`, label: t("nav.results") },
  ] as const;
  return (
    <div className="mb-6 space-y-3">
      <p className="text-sm text-slate-700">{programName}</p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
        <StatusBadge status={status} />
      </div>
      <nav aria-label={t("nav.label")}>
        <ul className="flex gap-4 text-sm">
          {links.map((link) => (
            <li key={link.key}>
              <Link href={link.href} aria-current={current === link.key ? "page" : undefined} className="font-medium text-brand-700 underline-offset-4 hover:underline aria-[current=page]:underline">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
