import "server-only";
import { loadAssessment } from "@/lib/assessments/load-assessment";
import { db } from "@/lib/db/client";
import { appUrl } from "@/lib/env";
import { raciTable } from "@/lib/raci/raci-csv";
import { getRaciPage } from "@/lib/raci/raci-page";
import { getRoadmapPage } from "@/lib/roadmap/queries";
import type { ExportStamp } from "@/lib/signing/sign-export";
import { buildAssessmentResults } from "@/lib/oscal/build-assessment-results";
import { buildPoam } from "@/lib/oscal/build-poam";
import { loadOscalInput } from "@/lib/oscal/load-oscal-input";
import { assertValidOscal } from "@/lib/oscal/validate-oscal";
import type { Locale } from "@/lib/i18n/locales";
import { loadReportInput } from "@/lib/reports/load-report-input";
import { loadReadinessReport } from "@/lib/readiness/queries";
import { renderReportOffThread } from "@/lib/reports/pdf/render-pool";
import { renderAssessmentJson } from "./assessment-document";
import { answersTable, roadmapTable, type ExportTable } from "./export-table";
import { formatOf, type ExportKind } from "./export-kinds";
import { renderCsv } from "./render-csv";
import { renderXlsx } from "./render-xlsx";

type Ids = { userId: string; organisationId: string; assessmentId: string };
type Render = (stamp: ExportStamp) => Uint8Array | Promise<Uint8Array>;

const EXPORT_NAMES: Record<string, string> = { answers: "Answers", raci: "RACI matrix", roadmap: "Gap roadmap" };

// Loads what an export shows, through the same queries as the pages (so it shows what the user
// sees), and returns the renderer signExport calls once the code is known. Callers authorise the
// export first: these queries check read access only.
export async function loadExportSource(options: {
  kind: ExportKind;
  ids: Ids;
  contentVersion: string;
  // The language of the PDF reports' wording; the default locale when not given.
  locale?: Locale;
}): Promise<Render> {
  const { kind, ids } = options;
  const verifyUrl = `${appUrl()}/verify`;
  if (kind === "assessment.json") return loadAssessmentJson({ ids, verifyUrl });
  if (kind === "oscal-results.json" || kind === "oscal-poam.json") return loadOscal({ kind, ids });
  if (kind === "roadmap.pdf" || kind === "summary.pdf" || kind === "readiness.pdf")
    return loadPdfReport({ kind, ids, verifyUrl, locale: options.locale });
  const subject = kind.slice(0, kind.indexOf("."));
  const { table, heading } = await loadTable({ subject, ids });
  if (formatOf(kind) === "csv") return (stamp) => renderCsv({ table, stamp, verifyUrl });
  const about = {
    exportName: EXPORT_NAMES[subject] ?? subject,
    assessmentTitle: heading.title,
    programName: heading.programName,
    contentVersion: options.contentVersion,
    verifyUrl,
  };
  return (stamp) => renderXlsx({ tables: [table], about, stamp });
}

async function loadTable(options: {
  subject: string;
  ids: Ids;
}): Promise<{ table: ExportTable; heading: { title: string; programName: string } }> {
  const { ids } = options;
  if (options.subject === "raci") {
    const page = await getRaciPage(ids);
    return { table: raciTable(page), heading: page.assessment };
  }
  if (options.subject === "roadmap") {
    const page = await getRoadmapPage(ids);
    return { table: roadmapTable(page), heading: page.assessment };
  }
  const loaded = await loadAssessment(ids);
  return {
    table: answersTable({ content: loaded.content, answers: loaded.answers }),
    heading: { title: loaded.assessment.title, programName: loaded.programName },
  };
}

async function loadAssessmentJson(options: { ids: Ids; verifyUrl: string }): Promise<Render> {
  const { ids } = options;
  const prisma = await db();
  const [loaded, raci, roadmap, program, organisation, parties] = await Promise.all([
    loadAssessment(ids),
    getRaciPage(ids),
    getRoadmapPage(ids),
    prisma.assessment.findUniqueOrThrow({
      where: { id: ids.assessmentId },
      select: { program: { select: { name: true, platform: true, description: true } } },
    }),
    prisma.organisation.findUniqueOrThrow({ where: { id: ids.organisationId }, select: { name: true } }),
    prisma.party.findMany({
      where: { assessmentId: ids.assessmentId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { name: true, actors: true },
    }),
  ]);
  const { assessment } = loaded;
  const input = {
    organisationName: organisation.name,
    program: program.program,
    assessment: {
      id: assessment.id,
      title: assessment.title,
      status: assessment.status,
      contentVersion: assessment.contentVersion,
      createdAt: assessment.createdAt,
      submittedAt: assessment.submittedAt,
      approvedAt: assessment.approvedAt,
    },
    content: loaded.content,
    targets: loaded.targets,
    answers: loaded.answers,
    score: loaded.score,
    raci,
    parties,
    roadmap,
  };
  return (stamp) => renderAssessmentJson({ input, stamp, verifyUrl: options.verifyUrl });
}

// The document is built once the verification code is known (it is a metadata prop) and checked
// against NIST's schema before it leaves: an invalid one is a bug, never a file to hand out.
async function loadOscal(options: { kind: "oscal-results.json" | "oscal-poam.json"; ids: Ids }): Promise<Render> {
  const input = await loadOscalInput(options.ids);
  return (stamp) => {
    const stamped = { ...input, generatedAt: stamp.createdAt, verificationCode: stamp.code };
    const document = options.kind === "oscal-poam.json" ? buildPoam(stamped) : buildAssessmentResults(stamped);
    assertValidOscal(options.kind === "oscal-poam.json" ? "poam" : "assessment-results", document);
    return new TextEncoder().encode(`${JSON.stringify(document, null, 2)}\n`);
  };
}

// The PDF reports load their data once, before the code is drawn; signExport then renders the
// file with the code in it, in a worker thread (a 150-item roadmap takes about a second: npm run
// bench:pdf; the server keeps serving others meanwhile), and signs the bytes.
async function loadPdfReport(options: {
  kind: "roadmap.pdf" | "summary.pdf" | "readiness.pdf";
  ids: Ids;
  verifyUrl: string;
  locale?: Locale;
}): Promise<Render> {
  const { kind, ids, verifyUrl, locale } = options;
  const [input, readiness] = await Promise.all([
    loadReportInput({ ids, sections: kind === "roadmap.pdf" ? "all" : "summary" }),
    kind === "readiness.pdf" ? loadReadinessReport(ids) : null,
  ]);
  const report = kind === "roadmap.pdf" ? "roadmap" : kind === "summary.pdf" ? "summary" : "readiness";
  return (stamp) =>
    renderReportOffThread(report, { input, readiness: readiness?.report, stamp, verifyUrl, locale });
}
