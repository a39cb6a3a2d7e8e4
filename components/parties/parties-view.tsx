import { getTranslations } from "next-intl/server";
import { AssessmentHeader } from "@/components/assessment/assessment-header";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { PartiesPage } from "@/lib/parties/queries";
import { PartyCard } from "./party-card";
import { PartyForm } from "./party-form";

export async function PartiesView({ page }: Readonly<{ page: PartiesPage }>) {
  const t = await getTranslations("parties");
  const { assessment } = page;
  return (
    <>
      <AssessmentHeader organisationId={assessment.organisationId} assessmentId={assessment.id} title={assessment.title} programName={assessment.programName} status={assessment.status} current="parties" />
      <div className="space-y-6">
        <p className="max-w-3xl text-sm text-slate-800">{t("intro")}</p>
        {!page.canEdit ? <Alert tone="info">{t("readOnly")}</Alert> : null}
        {page.parties.length > 0 && page.unplayedActors.length > 0 ? (
          <Alert tone="warning" title={t("unplayedTitle")}>{t("unplayedBody", { actors: page.unplayedActors.join(", ") })}</Alert>
        ) : null}
        {page.parties.length > 0 ? (
          <Card title={t("progressTitle")}>
            <Table
              caption={t("progressCaption")}
              captionHidden
              head={
                <tr>
                  <Th>{t("party")}</Th>
                  <Th>{t("responsible")}</Th>
                  <Th>{t("answered")}</Th>
                  <Th>{t("confirmed")}</Th>
                </tr>
              }
            >
              {page.parties.map((party) => (
                <tr key={party.id}>
                  <Td>{party.name}</Td>
                  <Td>{party.progress.responsibleCount}</Td>
                  <Td>{party.progress.answered}</Td>
                  <Td>{party.progress.confirmed}</Td>
                </tr>
              ))}
            </Table>
          </Card>
        ) : (
          <p className="text-sm text-slate-700">{t("empty")}</p>
        )}
        <div className="space-y-4">
          {page.parties.map((party) => (
            <PartyCard key={party.id} party={party} page={page} />
          ))}
        </div>
        {page.canEdit ? (
          <Card title={t("addTitle")}>
            <PartyForm assessmentId={assessment.id} actors={page.actors} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
