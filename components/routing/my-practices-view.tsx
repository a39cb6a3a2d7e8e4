import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AssessmentHeader } from "@/components/assessment/assessment-header";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { MyPracticesPage, RoutedPractice } from "@/lib/routing/my-practices";
import { ConfirmAnswerButton } from "./confirm-button";

export async function MyPracticesView({ page }: Readonly<{ page: MyPracticesPage }>) {
  const t = await getTranslations("myPractices");
  const { assessment } = page;
  const answered = page.toAnswer.filter((p) => p.answer !== null).length;
  const confirmed = page.toAnswer.filter((p) => p.confirmedBy !== null).length;
  return (
    <>
      <AssessmentHeader organisationId={assessment.organisationId} assessmentId={assessment.id} title={assessment.title} programName={assessment.programName} status={assessment.status} current="myPractices" />
      <div className="space-y-6">
        {page.parties.length === 0 ? (
          <Alert tone="info">{t("notParticipant")}</Alert>
        ) : (
          <>
            <p className="text-sm text-slate-800">
              {t("intro")} {t("yourParties", { parties: page.parties.join(", ") })}
            </p>
            <Card title={t("toAnswer")}>
              {page.toAnswer.length === 0 ? (
                <p className="text-sm text-slate-700">{t("noneRouted")}</p>
              ) : (
                <>
                  <p className="mb-3 text-sm text-slate-700">{t("summary", { answered, total: page.toAnswer.length, confirmed })}</p>
                  <PracticeTable page={page} practices={page.toAnswer} caption={t("toAnswerCaption")} mode="answer" />
                </>
              )}
            </Card>
            <Card title={t("toConfirm")}>
              <p className="mb-3 text-sm text-slate-700">{t("toConfirmIntro")}</p>
              {page.toConfirm.length === 0 ? (
                <p className="text-sm text-slate-700">{t("noneToConfirm")}</p>
              ) : (
                <PracticeTable page={page} practices={page.toConfirm} caption={t("toConfirmCaption")} mode="confirm" />
              )}
            </Card>
          </>
        )}
      </div>
    </>
  );
}

async function PracticeTable({ page, practices, caption, mode }: Readonly<{
  page: MyPracticesPage;
  practices: RoutedPractice[];
  caption: string;
  mode: "answer" | "confirm";
}>) {
  const t = await getTranslations("myPractices");
  const values = await getTranslations("questionnaire.values");
  const base = `/orgs/${page.assessment.organisationId}/assessments/${page.assessment.id}`;
  return (
    <Table
      caption={caption}
      captionHidden
      head={
        <tr>
          <Th>{t("practice")}</Th>
          <Th>{t("layer")}</Th>
          <Th>{t("level")}</Th>
          <Th>{t("answer")}</Th>
          <Th>{t("confirmation")}</Th>
        </tr>
      }
    >
      {practices.map((p) => (
        <tr key={p.id}>
          <Td>
            <Link className="font-medium text-brand-700 underline" href={`${base}/layers/${p.layerId}?practice=${p.id}`} aria-label={t("open", { id: p.id })}>
              {p.id}
            </Link>{" "}
            {p.title}
          </Td>
          <Td>{p.layerName}</Td>
          <Td>{p.level}</Td>
          <Td>{p.answer ? values(p.answer) : t("notAnswered")}</Td>
          <Td>
            {p.confirmedBy !== null ? (
              t("confirmedBy", { name: p.confirmedBy })
            ) : mode === "confirm" && page.canConfirm ? (
              <ConfirmAnswerButton assessmentId={page.assessment.id} practiceId={p.id} version={p.version} />
            ) : p.answer ? (
              t("awaiting")
            ) : (
              "–"
            )}
          </Td>
        </tr>
      ))}
    </Table>
  );
}
