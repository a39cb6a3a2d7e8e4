import { getTranslations } from "next-intl/server";
import { AssessmentHeader } from "@/components/assessment/assessment-header";
import { SectionIntro } from "@/components/assessment/section-intro";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { TeamPlanPage } from "@/lib/team-plan/queries";
import { StaffedRolesForm } from "./staffed-roles-form";

export async function TeamPlanView({ plan }: Readonly<{ plan: TeamPlanPage }>) {
  const t = await getTranslations("teamPlan");
  const { assessment } = plan;
  const staffedCount = plan.roles.length - plan.gaps.length;
  return (
    <>
      <AssessmentHeader
        organisationId={assessment.organisationId}
        assessmentId={assessment.id}
        title={assessment.title}
        programName={assessment.programName}
        status={assessment.status}
        current="teamPlan"
      />
      <div className="space-y-6">
        <SectionIntro title={t("title")} intro={t("intro")} />
        <dl className="grid gap-4 sm:grid-cols-2">
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-700">{t("requiredLevel")}</dt>
            <dd className="text-3xl font-semibold" data-testid="team-required-level">
              {t("requiredLevelValue", { level: plan.requiredLevel })}
            </dd>
            <dd className="text-xs text-slate-600">{t("requiredLevelHint")}</dd>
          </div>
          <div className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-700">{t("coverage")}</dt>
            <dd className="text-3xl font-semibold">
              {t("coverageValue", { staffed: staffedCount, needed: plan.roles.length })}
            </dd>
          </div>
        </dl>

        {plan.requiredLevel === 0 ? <Alert tone="info">{t("noTargets")}</Alert> : null}

        {plan.roles.length > 0 ? (
          <Card title={t("rolesTitle")}>
            <Table
              caption={t("rolesCaption")}
              captionHidden
              head={
                <tr>
                  <Th>{t("level")}</Th>
                  <Th>{t("role")}</Th>
                  <Th>{t("staffed")}</Th>
                  <Th>{t("certifications")}</Th>
                </tr>
              }
            >
              {plan.roles.map((role) => (
                <tr key={role.id} data-testid={`team-role-${role.id}`}>
                  <Td>{role.level}</Td>
                  <Td>{role.name}</Td>
                  <Td>
                    <span className={role.staffed ? "font-medium text-green-900" : "font-medium text-red-800"}>
                      {role.staffed ? t("yes") : t("no")}
                    </span>
                  </Td>
                  <Td>{role.certifications.join(", ")}</Td>
                </tr>
              ))}
            </Table>
            {plan.staffedNotNeeded.length > 0 ? (
              <p className="mt-3 text-sm text-slate-700">
                {t("staffedNotNeeded", { roles: plan.staffedNotNeeded.join(", ") })}
              </p>
            ) : null}
          </Card>
        ) : null}

        {plan.roles.length > 0 ? (
          <div className="grid gap-6 lg:grid-cols-2">
            <Card title={t("gapsTitle")}>
              {plan.gaps.length === 0 ? (
                <p className="text-sm text-slate-700">{t("noGaps")}</p>
              ) : (
                <>
                  <p className="mb-2 text-sm text-slate-700">{t("gapsIntro", { count: plan.gaps.length })}</p>
                  <ul className="space-y-2 text-sm">
                    {plan.gaps.map((role) => (
                      <li key={role.id}>
                        <p className="font-medium">
                          {role.name} ({t("gapLevel", { level: role.level })})
                        </p>
                        <p className="text-slate-700">{role.summary}</p>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </Card>
            <Card title={t("certificationsTitle")}>
              {plan.suggestedCertifications.length === 0 ? (
                <p className="text-sm text-slate-700">{t("noCertifications")}</p>
              ) : (
                <>
                  <p className="mb-2 text-sm text-slate-700">{t("certificationsIntro")}</p>
                  <Table
                    caption={t("certificationsCaption")}
                    captionHidden
                    head={
                      <tr>
                        <Th>{t("certification")}</Th>
                        <Th>{t("fits")}</Th>
                        <Th>{t("fromLevel")}</Th>
                      </tr>
                    }
                  >
                    {plan.suggestedCertifications.map((s) => (
                      <tr key={s.certification}>
                        <Td>{s.certification}</Td>
                        <Td>{s.roles.join(", ")}</Td>
                        <Td>{s.lowestLevel}</Td>
                      </tr>
                    ))}
                  </Table>
                </>
              )}
            </Card>
          </div>
        ) : null}

        <Card title={t("formTitle")}>
          {plan.canEdit ? (
            <>
              <p className="mb-4 text-sm text-slate-700">{t("formIntro", { program: assessment.programName })}</p>
              <StaffedRolesForm assessmentId={assessment.id} roles={plan.allRoles} />
            </>
          ) : (
            <p className="text-sm text-slate-700">{t("readOnly")}</p>
          )}
        </Card>
      </div>
    </>
  );
}
