import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { signExport, type SignedExport } from "@/lib/signing/sign-export";
import { requireAssessmentAccess } from "@/lib/tenancy/assessment-access";
import { CONTENT_TYPES, exportFileName, formatOf, type ExportKind } from "./export-kinds";
import { loadExportSource } from "./export-sources";

export type ExportFile = SignedExport & { contentType: string };

// An export is a signed, recorded copy of an assessment: it needs "reports.export", and another
// organisation's assessment is NOT_FOUND before anything is loaded or recorded.
export async function createExport(options: {
  userId: string;
  assessmentId: string;
  kind: ExportKind;
  // The language of a PDF report's wording (the reader's locale); the default locale when not given.
  locale?: Locale;
}): Promise<ExportFile> {
  const { assessment } = await requireAssessmentAccess({
    userId: options.userId,
    assessmentId: options.assessmentId,
    permission: "reports.export",
  });
  const render = await loadExportSource({
    kind: options.kind,
    ids: { userId: options.userId, organisationId: assessment.organisationId, assessmentId: assessment.id },
    contentVersion: assessment.contentVersion,
    locale: options.locale,
  });
  const signed = await signExport({
    organisationId: assessment.organisationId,
    assessmentId: assessment.id,
    kind: options.kind,
    fileName: exportFileName({ kind: options.kind, title: assessment.title, createdAt: new Date() }),
    createdById: options.userId,
    render,
  });
  return { ...signed, contentType: CONTENT_TYPES[formatOf(options.kind)] };
}
