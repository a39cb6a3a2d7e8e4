import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/assessment/status-badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { ProgramSummary } from "@/lib/programs/queries";

export async function ProgramsTable({ organisationId, programs }: Readonly<{ organisationId: string; programs: ProgramSummary[] }>) {
  const t = await getTranslations("programs");
  if (programs.length === 0) return <p className="text-sm text-slate-700">{t("empty")}</p>;
  return (
    <Table
      caption={t("tableCaption")}
      captionHidden
      head={
        <tr>
          <Th>{t("name")}</Th>
          <Th>{t("platform")}</Th>
          <Th>{t("latest")}</Th>
          <Th>{t("overallLevel")}</Th>
        </tr>
      }
    >
      {programs.map((p) => (
        <tr key={p.id}>
          <Td>
            <Link className="font-medium text-brand-700 underline" href={`/orgs/${organisationId}/programs/${p.id}`}>
              {p.name}
            </Link>
          </Td>
          <Td>{p.platform || "—"}</Td>
          <Td>{p.latest ? <StatusBadge status={p.latest.status} /> : t("noAssessment")}</Td>
          <Td>{p.latest?.overallLevel ?? "—"}</Td>
        </tr>
      ))}
    </Table>
  );
}
