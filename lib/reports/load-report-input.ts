import "server-only";
import { loadAssessment } from "@/lib/assessments/load-assessment";
import { db } from "@/lib/db/client";
import { getRaciPage } from "@/lib/raci/raci-page";
import { getRoadmapPage } from "@/lib/roadmap/queries";
import { getTeamPlanPage } from "@/lib/team-plan/queries";
import type { ReportInput } from "./report-model";

type Ids = { userId: string; organisationId: string; assessmentId: string };

// What a PDF report shows, loaded through the same queries as the assessment's pages (so a report
// shows what its reader sees there). The executive summary needs neither the RACI nor the team
// plan, so `sections: "summary"` skips those queries. Callers authorise the export first: these
// queries check read access only.
export async function loadReportInput(options: { ids: Ids; sections: "all" | "summary" }): Promise<ReportInput> {
  const { ids } = options;
  const full = options.sections === "all";
  const prisma = await db();
  const [loaded, roadmap, raci, teamPlan, extra] = await Promise.all([
    loadAssessment(ids),
    getRoadmapPage(ids),
    full ? getRaciPage(ids) : null,
    full ? getTeamPlanPage(ids) : null,
    prisma.assessment.findUniqueOrThrow({
      where: { id: ids.assessmentId },
      select: { approvedById: true, organisation: { select: { name: true } } },
    }),
  ]);
  const approver = extra.approvedById
    ? await prisma.user.findUnique({ where: { id: extra.approvedById }, select: { name: true, email: true } })
    : null;
  const { assessment, content, score } = loaded;
  const layerScores = new Map(score.layers.map((l) => [l.layerId, l]));
  return {
    organisationName: extra.organisation.name,
    programName: loaded.programName,
    assessment: {
      id: assessment.id,
      title: assessment.title,
      status: assessment.status,
      contentVersion: assessment.contentVersion,
      createdAt: assessment.createdAt,
      submittedAt: assessment.submittedAt,
      approvedAt: assessment.approvedAt,
      // A user without a name is shown by email, so an approval is never anonymous on paper.
      approvedByName: approver ? approver.name || approver.email : null,
    },
    levelNames: Object.fromEntries(content.levels.map((l) => [l.level, l.name])),
    layers: content.layers.map((layer) => {
      const s = layerScores.get(layer.id);
      return {
        id: layer.id,
        name: layer.name,
        level: s?.level ?? 0,
        score: s?.score ?? 0,
        target: loaded.targets.get(layer.id) ?? null,
        completion: s?.completion ?? 0,
        allNotApplicable: s?.allNotApplicable ?? false,
      };
    }),
    overall: score.overall,
    roadmap: { generatedAt: roadmap.generatedAt, phases: roadmap.phases },
    raci: raci ? { actors: raci.actors, rows: raci.rows } : { actors: [], rows: [] },
    teamPlan: teamPlan ?? { requiredLevel: 0, coverage: 0, roles: [], gaps: [], suggestedCertifications: [] },
  };
}
