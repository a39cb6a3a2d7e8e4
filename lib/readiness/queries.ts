import "server-only";
import { isEditable, type AssessmentStatus } from "@/lib/assessments/lifecycle";
import { loadAssessment } from "@/lib/assessments/load-assessment";
import { can, type AccessRole, type Permission } from "@/lib/auth/permissions";
import { loadStandards } from "@/lib/content/standards";
import { db } from "@/lib/db/client";
import { buildReadinessReport, type ReadinessReport } from "./build-readiness-report";

type Ids = { userId: string; organisationId: string; assessmentId: string };

// What a report's cover and headers name, next to the report itself.
export type ReadinessAssessment = {
  id: string;
  organisationId: string;
  title: string;
  programName: string;
  status: AssessmentStatus;
  contentVersion: string;
  // ISO 8601, or null while not approved.
  approvedAt: string | null;
};

export type LoadedReadinessReport = { assessment: ReadinessAssessment; report: ReadinessReport };

// The readiness report of one assessment, for the organisation in the URL (another organisation's
// assessment, or a mismatch, is NOT_FOUND). A PDF route passes its own permission ("reports.export").
export async function loadReadinessReport(
  options: Ids & { permission?: Permission },
): Promise<LoadedReadinessReport & { role: AccessRole; ismsVersions: Record<string, number> }> {
  const loaded = await loadAssessment({ ...options, permission: options.permission ?? "assessment.read" });
  const { assessment } = loaded;
  const records = await (
    await db()
  ).ismsItemStatus.findMany({
    where: { assessmentId: assessment.id },
    select: { itemId: true, status: true, evidence: true, version: true, updatedAt: true },
  });
  const standards = loadStandards();
  const report = buildReadinessReport({
    content: loaded.content,
    annexA: [...standards.isoAnnexA].map(([id, title]) => ({ id, title })),
    clauseTitles: standards.isoClauses,
    answers: new Map([...loaded.answers].map(([id, answer]) => [id, answer.value])),
    ismsRecords: records,
  });
  return {
    assessment: {
      id: assessment.id,
      organisationId: assessment.organisationId,
      title: assessment.title,
      programName: loaded.programName,
      status: assessment.status,
      contentVersion: assessment.contentVersion,
      approvedAt: assessment.approvedAt ? assessment.approvedAt.toISOString() : null,
    },
    report,
    role: loaded.role,
    ismsVersions: Object.fromEntries(records.map((r) => [r.itemId, r.version])),
  };
}

export type ReadinessPage = LoadedReadinessReport & {
  // The caller may record ISMS item statuses now: a lead, while the assessment is a draft.
  canEdit: boolean;
  // Version of each recorded ISMS item, for the status forms (absent: 0, not recorded).
  ismsVersions: Record<string, number>;
};

export async function getReadinessPage(options: Ids): Promise<ReadinessPage> {
  const { role, ...loaded } = await loadReadinessReport(options);
  return {
    ...loaded,
    canEdit: can(role, "assessment.manage") && isEditable(loaded.assessment.status),
  };
}
