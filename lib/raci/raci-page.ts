import "server-only";
import { isEditable } from "@/lib/assessments/lifecycle";
import { assessmentHeading, loadAssessment, type AssessmentHeading } from "@/lib/assessments/load-assessment";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { loadRaciMatrix } from "./queries";
import { validateRaciMatrix, type RaciRole, type RaciViolationCode } from "./rules";

export type RaciPageRow = {
  rowKey: string;
  kind: "layer" | "practice";
  // The layer's name or the practice's title; `label` adds the practice id for display.
  name: string;
  label: string;
  layerName: string;
  cells: Record<string, RaciRole | "">;
  violations: RaciViolationCode[];
};

export type RaciPage = {
  assessment: AssessmentHeading;
  actors: Array<{ id: string; name: string; parties: string[] }>;
  rows: RaciPageRow[];
  // Practices without an override, for the "add override" picker.
  practicesWithoutOverride: Array<{ id: string; title: string }>;
  violationCount: number;
  canEdit: boolean;
  // The CSV is a signed export: only roles that may export get the link.
  canExport: boolean;
};

// Layers in content order, each followed by its practices' overrides.
export async function getRaciPage(ids: { userId: string; organisationId: string; assessmentId: string }): Promise<RaciPage> {
  const loaded = await loadAssessment(ids);
  const { assessment, content } = loaded;
  const prisma = await db();
  const [matrix, parties] = await Promise.all([
    loadRaciMatrix(prisma, assessment.id),
    prisma.party.findMany({ where: { assessmentId: assessment.id }, orderBy: { createdAt: "asc" } }),
  ]);
  const violations = new Map(
    validateRaciMatrix({ matrix, rowKeys: content.layers.map((l) => l.id) }).map((v) => [v.rowKey, v.violations.map((x) => x.code)]),
  );
  const cellsOf = (rowKey: string) =>
    Object.fromEntries(content.actors.map((a) => [a.id, matrix[rowKey]?.[a.id] ?? ""])) as Record<string, RaciRole | "">;
  const rows: RaciPageRow[] = content.layers.flatMap((layer) => [
    { rowKey: layer.id, kind: "layer" as const, name: layer.name, label: layer.name, layerName: layer.name, cells: cellsOf(layer.id), violations: violations.get(layer.id) ?? [] },
    ...content.practices
      .filter((p) => p.layer === layer.id && matrix[p.id] !== undefined)
      .map((p) => ({
        rowKey: p.id,
        kind: "practice" as const,
        name: p.title,
        label: `${p.id} ${p.title}`,
        layerName: layer.name,
        cells: cellsOf(p.id),
        violations: violations.get(p.id) ?? [],
      })),
  ]);
  return {
    assessment: assessmentHeading(loaded),
    actors: content.actors.map((a) => ({
      id: a.id,
      name: a.name,
      parties: parties.filter((p) => p.actors.includes(a.id)).map((p) => p.name),
    })),
    rows,
    practicesWithoutOverride: content.practices.filter((p) => matrix[p.id] === undefined).map((p) => ({ id: p.id, title: p.title })),
    violationCount: violations.size,
    canEdit: isEditable(assessment.status) && can(loaded.role, "assessment.manage"),
    canExport: can(loaded.role, "reports.export"),
  };
}
