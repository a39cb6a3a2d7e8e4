// The files an assessment can be exported as; the kind is also the URL segment
// (/api/assessments/<id>/exports/<kind>) and what the export record stores. Client-safe.
export const EXPORT_KINDS = [
  "answers.csv",
  "answers.xlsx",
  "raci.csv",
  "raci.xlsx",
  "roadmap.csv",
  "roadmap.xlsx",
  "assessment.json",
  // NIST OSCAL 1.0.6 assessment results and plan of action and milestones, for GRC tools.
  "oscal-results.json",
  "oscal-poam.json",
  // Signed PDF reports for procurement and audit (lib/reports/pdf).
  "roadmap.pdf",
  "summary.pdf",
  "readiness.pdf",
] as const;

export type ExportKind = (typeof EXPORT_KINDS)[number];

export type ExportFormat = "csv" | "xlsx" | "json" | "pdf";

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
  pdf: "application/pdf",
};

export function isExportKind(value: string): value is ExportKind {
  return (EXPORT_KINDS as readonly string[]).includes(value);
}

export function formatOf(kind: ExportKind): ExportFormat {
  return kind.slice(kind.lastIndexOf(".") + 1) as ExportFormat;
}

// layerwise-answers-baseline-2026-03-01.csv: ASCII only, so every browser and file system keeps it.
export function exportFileName(options: { kind: ExportKind; title: string; createdAt: Date }): string {
  const [subject, extension] = options.kind.split(".");
  const slug =
    options.title
      .normalize("NFKD")
      .replace(/[^\w\s-]/g, "")
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, "-")
      .slice(0, 60)
      .replace(/-+$/, "") || "assessment";
  return `layerwise-${subject}-${slug}-${options.createdAt.toISOString().slice(0, 10)}.${extension}`;
}
