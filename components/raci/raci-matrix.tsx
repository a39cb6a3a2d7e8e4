"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { removeRaciOverrideAction, setRaciCellAction } from "@/lib/raci/actions";
import type { RaciPage, RaciPageRow } from "@/lib/raci/raci-page";
import { RACI_ROLES, validateRaciRow, type RaciRole } from "@/lib/raci/rules";

type Cells = Record<string, RaciRole | "">;

// Layers x actors. Each change is saved at once; the row's rules are re-checked as the user edits,
// so a broken row is flagged before the server answers.
export function RaciMatrix({ page }: Readonly<{ page: Pick<RaciPage, "assessment" | "actors" | "rows" | "canEdit"> }>) {
  const t = useTranslations("raci");
  const router = useRouter();
  const [rows, setRows] = useState<RaciPageRow[]>(page.rows);
  const [status, setStatus] = useState<string>("");
  const [error, setError] = useState<string | null>(null);
  const [, startTransition] = useTransition();

  function change(rowKey: string, actorId: string, role: RaciRole | "") {
    setRows((current) => current.map((r) => (r.rowKey === rowKey ? { ...r, cells: { ...r.cells, [actorId]: role } } : r)));
    setStatus(t("saving"));
    startTransition(async () => {
      const result = await setRaciCellAction({ assessmentId: page.assessment.id, rowKey, actorId, role });
      if (result.ok) {
        setError(null);
        setStatus(t("saved"));
        router.refresh();
      } else {
        setError(result.error.message);
        setStatus("");
        setRows(page.rows);
      }
    });
  }

  function removeOverride(practiceId: string) {
    startTransition(async () => {
      const result = await removeRaciOverrideAction({ assessmentId: page.assessment.id, practiceId });
      if (result.ok) {
        setRows((current) => current.filter((r) => r.rowKey !== practiceId));
        router.refresh();
      } else setError(result.error.message);
    });
  }

  return (
    <div className="space-y-3">
      <p aria-live="polite" className="min-h-5 text-sm text-slate-700">{status}</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="overflow-x-auto">
        <table className="min-w-full border-collapse text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left align-bottom">
              <th scope="col" className="px-2 py-2 font-semibold">{t("row")}</th>
              {page.actors.map((actor) => (
                <th key={actor.id} scope="col" className="px-2 py-2 font-semibold">
                  <span className="block">{actor.name}</span>
                  <span className="block text-xs font-normal text-slate-700">
                    {actor.parties.length > 0 ? actor.parties.join(", ") : t("noParty")}
                  </span>
                </th>
              ))}
              <th scope="col" className="px-2 py-2 font-semibold">{t("rules")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <MatrixRow key={row.rowKey} row={row} page={page} onChange={change} onRemove={removeOverride} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function MatrixRow({ row, page, onChange, onRemove }: Readonly<{
  row: RaciPageRow;
  page: Pick<RaciPage, "actors" | "canEdit">;
  onChange: (rowKey: string, actorId: string, role: RaciRole | "") => void;
  onRemove: (practiceId: string) => void;
}>) {
  const t = useTranslations("raci");
  const cells: Cells = row.cells;
  const violations = validateRaciRow(Object.fromEntries(Object.entries(cells).filter(([, role]) => role !== "")) as Record<string, RaciRole>);
  const broken = violations.length > 0;
  return (
    <tr className={`border-b border-slate-200 ${broken ? "bg-red-50" : ""} ${row.kind === "practice" ? "text-slate-800" : ""}`}>
      <th scope="row" className={`px-2 py-2 text-left align-top font-medium ${row.kind === "practice" ? "pl-6 font-normal" : ""}`}>
        {row.kind === "practice" ? <span className="block text-xs text-slate-700">{t("overrideOf", { layer: row.layerName })}</span> : null}
        {row.label}
        {row.kind === "practice" && page.canEdit ? (
          <Button variant="ghost" className="ml-1 px-2 py-0.5 text-xs" onClick={() => onRemove(row.rowKey)}>
            {t("removeOverride")}
          </Button>
        ) : null}
      </th>
      {page.actors.map((actor) => (
        <td key={actor.id} className="px-2 py-2 align-top">
          {page.canEdit ? (
            <select
              aria-label={t("cellLabel", { row: row.label, actor: actor.name })}
              value={cells[actor.id] ?? ""}
              onChange={(e) => onChange(row.rowKey, actor.id, e.target.value as RaciRole | "")}
              className="rounded border border-slate-400 bg-white px-1 py-1"
            >
              <option value="">{t("none")}</option>
              {RACI_ROLES.map((role) => (
                <option key={role} value={role}>{role}</option>
              ))}
            </select>
          ) : (
            <span>{cells[actor.id] || "–"}</span>
          )}
        </td>
      ))}
      <td className="px-2 py-2 align-top">
        {broken ? (
          <ul className="space-y-1 text-red-800">
            {violations.map((v) => (
              <li key={v.code}>
                <span aria-hidden="true">⚠ </span>
                {t(`violation.${v.code}`)}
              </li>
            ))}
          </ul>
        ) : (
          <span className="text-green-800">{t("rowValid")}</span>
        )}
      </td>
    </tr>
  );
}
