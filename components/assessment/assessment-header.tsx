import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AssessmentStatus } from "@/lib/assessments/lifecycle";
import { StatusBadge } from "./status-badge";

export type AssessmentSection =
  | "overview"
  | "questionnaire"
  | "myPractices"
  | "parties"
  | "raci"
  | "roadmap"
  | "teamPlan"
  | "readiness"
  | "results";

// Title, status and the assessment's own navigation, shared by its pages.
export async function AssessmentHeader({ organisationId, assessmentId, title, programName, status, current }: Readonly<{
  organisationId: string;
  assessmentId: string;
  title: string;
  programName: string;
  status: AssessmentStatus;
  current: AssessmentSection;
}>) {
  const t = await getTranslations("assessment");
  const base = `/orgs/${organisationId}/assessments/${assessmentId}`;
  const links = [
    { key: "overview", href: base, label: t("nav.overview") },
    { key: "myPractices", href: `${base}/my-practices`, label: t("nav.myPractices") },
    { key: "parties", href: `${base}/parties`, label: t("nav.parties") },
    { key: "raci", href: `${base}/raci`, label: t("nav.raci") },
    { key: "roadmap", href: `${base}/roadmap`, label: t("nav.roadmap") },
    { key: "teamPlan", href: `${base}/team-plan`, label: t("nav.teamPlan") },
    { key: "readiness", href: `${base}/readiness`, label: t("nav.readiness") },
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
        <ul className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
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
