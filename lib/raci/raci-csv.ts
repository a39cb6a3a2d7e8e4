import { toCsv } from "@/lib/export/csv";
import type { ExportTable } from "@/lib/export/export-table";
import type { RaciPage } from "./raci-page";

// One line per matrix row (layers, then their overrides), one column per actor, then who plays
// each actor, so the file stands alone in a contract annex.
export function raciTable(page: Pick<RaciPage, "actors" | "rows">): ExportTable {
  const rows = page.rows.map((row) => [
    row.kind === "layer" ? "Layer" : "Practice override",
    row.rowKey,
    row.name,
    row.layerName,
    ...page.actors.map((a) => row.cells[a.id] ?? ""),
    row.violations.join(" "),
  ]);
  const parties = page.actors.map((a) => ["Actor", a.id, a.name, "", ...page.actors.map(() => ""), `Played by: ${a.parties.join("; ") || "nobody"}`]);
  return {
    name: "RACI",
    header: ["Row type", "Id", "Name", "Layer", ...page.actors.map((a) => a.name), "Rule violations / notes"],
    rows: [...rows, ...parties],
  };
}

export function raciCsv(page: Pick<RaciPage, "actors" | "rows">): string {
  return toCsv(raciTable(page));
}
