import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { ReadinessProgram, ReadinessSummary } from "@/lib/dashboard/readiness-summary";

const LISTED = 8;

// ISO/IEC 27001 readiness at a glance: how many programs meet the certification rule and which
// are one step away.
export async function ReadinessCard({ organisationId, readiness }: Readonly<{ organisationId: string; readiness: ReadinessSummary }>) {
  const t = await getTranslations("dashboard.readiness");
  const list = (programs: ReadinessProgram[]) =>
    programs.length === 0 ? null : (
      <ul className="mt-1 list-disc pl-5 text-sm">
        {programs.slice(0, LISTED).map((p) => (
          <li key={p.programId}>
            <Link className="text-brand-700 underline" href={`/orgs/${organisationId}/programs/${p.programId}`}>{p.programName}</Link>
          </li>
        ))}
        {programs.length > LISTED ? <li>{t("more", { count: programs.length - LISTED })}</li> : null}
      </ul>
    );
  return (
    <Card title={t("title")}>
      <p className="mb-3 text-sm text-slate-700">{t("intro")}</p>
      <dl className="grid gap-4 sm:grid-cols-2">
        <div>
          <dt className="text-sm font-medium text-slate-800">{t("ready")}</dt>
          <dd className="text-2xl font-semibold" data-testid="readiness-ready">{readiness.ready.length}</dd>
          <dd>{list(readiness.ready)}</dd>
        </div>
        <div>
          <dt className="text-sm font-medium text-slate-800">{t("close")}</dt>
          <dd className="text-2xl font-semibold">{readiness.close.length}</dd>
          <dd>{list(readiness.close)}</dd>
        </div>
      </dl>
      <p className="mt-3 text-sm text-slate-700">{t("rest", { notReady: readiness.notReady, notAssessed: readiness.notAssessed })}</p>
    </Card>
  );
}
