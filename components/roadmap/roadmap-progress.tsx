import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { RoadmapPage } from "@/lib/roadmap/queries";

export async function RoadmapProgress({ progress }: Readonly<{ progress: RoadmapPage["progress"] }>) {
  const t = await getTranslations("roadmap");
  const head = (first: string) => (
    <tr>
      <Th>{first}</Th>
      <Th>{t("progress.open")}</Th>
      <Th>{t("progress.inProgress")}</Th>
      <Th>{t("progress.done")}</Th>
      <Th>{t("progress.total")}</Th>
    </tr>
  );
  const counts = (row: { open: number; inProgress: number; done: number; total: number }) => (
    <>
      <Td>{row.open}</Td>
      <Td>{row.inProgress}</Td>
      <Td>{row.done}</Td>
      <Td>{row.total}</Td>
    </>
  );
  return (
    <Card title={t("progress.title")}>
      <p className="mb-4 text-sm text-slate-800" data-testid="roadmap-progress-summary">
        {t("progress.summary", { ...progress.total })}
      </p>
      {progress.total.total === 0 ? null : (
        <div className="grid gap-6 lg:grid-cols-2">
          <Table caption={t("progress.byPhaseCaption")} head={head(t("progress.phase"))}>
            {progress.byPhase.map((row) => (
              <tr key={row.phase}>
                <Td>{t("phase", { phase: row.phase })}</Td>
                {counts(row)}
              </tr>
            ))}
          </Table>
          <Table caption={t("progress.byOwnerCaption")} head={head(t("progress.owner"))}>
            {progress.byOwner.map((row) => (
              <tr key={row.ownerPartyId ?? "unassigned"}>
                <Td>{row.ownerName ?? t("progress.unassigned")}</Td>
                {counts(row)}
              </tr>
            ))}
          </Table>
        </div>
      )}
    </Card>
  );
}
