// A report input for benchmarking and looking at the PDFs, synthesised in memory from the real
// content with the app's own scoring, roadmap, RACI and team-plan functions: no database, so the
// bench measures rendering alone. Roadmaps longer than the content's gaps repeat practices under
// fresh ids (NET-1.101, …), as a bigger content version would have them.
import type { TContentModel } from "../lib/content/schema";
import type { TStandards } from "../lib/content/standards";
import { buildReadinessReport, type ReadinessReport } from "../lib/readiness/build-readiness-report";
import { defaultLayerRaci } from "../lib/raci/default-raci";
import { accountableActorFor, responsibleActorsFor, type RaciMatrix } from "../lib/raci/rules";
import type { ReportInput, ReportRoadmapItem } from "../lib/reports/report-model";
import { buildRoadmap } from "../lib/roadmap/build-roadmap";
import type { AnswerValue } from "../lib/scoring/answer-values";
import { scoreAssessment } from "../lib/scoring/score-assessment";
import { buildTeamPlan } from "../lib/team-plan/build-team-plan";

const PARTIES: Array<{ name: string; actors: string[] }> = [
  { name: "State IT Department", actors: ["program-owner", "security-team"] },
  { name: "Acme Systems Integrators Pvt Ltd", actors: ["solution-implementing-agency", "application-teams"] },
  { name: "eGov Foundation (DIGIT core)", actors: ["platform-provider"] },
  { name: "National Cloud Services", actors: ["infra-provider", "operations-teams"] },
  { name: "Helpdesk Partners", actors: ["support-provider"] },
];

const NOTE =
  "Agreed in the steering committee: the SI drafts the procedure, the security team reviews it, and the program owner signs it off before the next release. Evidence goes to the shared drive under /security/evidence, with the ticket reference and the date of the last review. ";

// Answers that put each layer at a plausible level (0 to 2) with partial work above it, so the
// charts and the summary look like a real mid-way assessment.
const ACHIEVED: Record<string, number> = {
  network: 2,
  "os-host": 1,
  data: 1,
  application: 2,
  identity: 1,
  apis: 0,
  monitoring: 1,
};

function sampleAnswers(content: TContentModel): Map<string, AnswerValue> {
  const answers = new Map<string, AnswerValue>();
  content.practices.forEach((p, i) => {
    const achieved = ACHIEVED[p.layer] ?? 0;
    if (p.level <= achieved) answers.set(p.id, i % 3 === 0 ? "LARGELY" : "FULLY");
    else if (p.level === achieved + 1) answers.set(p.id, i % 2 === 0 ? "PARTIALLY" : "LARGELY");
    else if (i % 4 === 0) answers.set(p.id, "PARTIALLY");
  });
  return answers;
}

export function sampleReportInput(options: { content: TContentModel; items: number; notes?: boolean }): ReportInput {
  const { content } = options;
  const layerOrder = content.layers.map((l) => l.id);
  const targets = new Map(layerOrder.map((id, i) => [id, i % 3 === 0 ? 4 : 3]));
  const answers = sampleAnswers(content);
  const practices = content.practices.map((p) => ({ ...p, layerId: p.layer }));
  // As a new assessment starts (one row per layer), plus a few practice overrides a lead added.
  const matrix: RaciMatrix = defaultLayerRaci({ practices });
  for (const p of practices.filter((_, i) => i % 20 === 0)) matrix[p.id] = p.raci;
  const roadmap = buildRoadmap({ practices, answers, targets, layerOrder, raci: matrix });
  const score = scoreAssessment({ layerIds: layerOrder, practices, answers });
  const actorNames = new Map<string, string>(content.actors.map((a) => [a.id, a.name]));
  const layerNames = new Map<string, string>(content.layers.map((l) => [l.id, l.name]));
  const actor = (actorId: string) => ({
    actorId,
    actorName: actorNames.get(actorId) ?? actorId,
    parties: PARTIES.filter((p) => p.actors.includes(actorId)).map((p) => p.name),
  });

  const base = roadmap.items;
  const items: ReportRoadmapItem[] = Array.from({ length: options.items }, (_, i) => {
    const source = base[i % base.length]!;
    const round = Math.floor(i / base.length);
    const practice = source.practice;
    const [prefix, number] = practice.id.split(".");
    const practiceId = round === 0 ? practice.id : `${prefix}.${Number(number) + 100 * round}`;
    const ref = { matrix, practiceId: practice.id, layerId: practice.layerId };
    const accountable = accountableActorFor(ref);
    return {
      practiceId,
      title: practice.title,
      layerId: practice.layerId,
      layerName: layerNames.get(practice.layerId) ?? practice.layerId,
      level: practice.level,
      effort: practice.effort,
      risk: practice.risk,
      phase: source.phase,
      position: i + 1,
      responsible: responsibleActorsFor(ref).map(actor),
      accountable: accountable ? actor(accountable) : null,
      mappings: practice.mappings,
      evidence: practice.evidence,
      ownerName: i % 3 === 0 ? (PARTIES[i % PARTIES.length]?.name ?? null) : null,
      dueDate: i % 4 === 0 ? `2026-${String((i % 12) + 1).padStart(2, "0")}-15` : null,
      status: i % 9 === 0 ? "DONE" : i % 4 === 0 ? "IN_PROGRESS" : "OPEN",
      notes: options.notes && i % 3 === 1 ? NOTE.repeat(1 + (i % 4)) : "",
      doneButStillGap: i % 9 === 0,
    };
  });
  items.sort((a, b) => a.phase - b.phase || a.position - b.position);

  const phases = [1, 2, 3].map((phase) => ({ phase, items: items.filter((item) => item.phase === phase) }));
  const plan = buildTeamPlan({
    roles: content.teamRoles,
    targets,
    staffedRoleIds: content.teamRoles.slice(0, 2).map((r) => r.id),
  });
  const rowKeys = Object.keys(matrix);
  const now = new Date("2026-03-01T09:30:00.000Z");
  return {
    organisationName: "State IT Department",
    programName: "Property tax on DIGIT",
    assessment: {
      id: "bench-assessment",
      title: "Baseline 2026",
      status: "APPROVED",
      contentVersion: content.version,
      createdAt: new Date("2026-01-12T08:00:00.000Z"),
      submittedAt: new Date("2026-02-20T16:45:00.000Z"),
      approvedAt: now,
      approvedByName: "Asha Rao",
    },
    levelNames: Object.fromEntries(content.levels.map((l) => [l.level, l.name])),
    layers: content.layers.map((l) => {
      const s = score.layers.find((x) => x.layerId === l.id);
      return {
        id: l.id,
        name: l.name,
        level: s?.level ?? 0,
        score: s?.score ?? 0,
        target: targets.get(l.id) ?? null,
        completion: s?.completion ?? 0,
        allNotApplicable: s?.allNotApplicable ?? false,
      };
    }),
    overall: score.overall,
    roadmap: { generatedAt: now, phases },
    raci: {
      actors: content.actors.map((a) => ({
        id: a.id,
        name: a.name,
        parties: PARTIES.filter((p) => p.actors.includes(a.id)).map((p) => p.name),
      })),
      rows: content.layers.flatMap((layer) =>
        rowKeys
          .filter((key) => key === layer.id || content.practices.some((p) => p.id === key && p.layer === layer.id))
          .map((key) => {
            const practice = content.practices.find((p) => p.id === key);
            return {
              rowKey: key,
              kind: practice ? ("practice" as const) : ("layer" as const),
              label: practice ? `${practice.id} ${practice.title}` : layer.name,
              cells: Object.fromEntries(content.actors.map((a) => [a.id, matrix[key]?.[a.id] ?? ""])),
            };
          }),
      ),
    },
    teamPlan: {
      requiredLevel: plan.requiredLevel,
      coverage: plan.coverage,
      roles: plan.roles.map((r) => ({
        id: r.id,
        name: r.name,
        level: r.level,
        summary: r.role.summary,
        staffed: r.staffed,
        certifications: [...r.certifications],
      })),
      gaps: plan.gaps.map((r) => ({
        id: r.id,
        name: r.name,
        level: r.level,
        summary: r.role.summary,
        staffed: false,
        certifications: [...r.certifications],
      })),
      suggestedCertifications: plan.suggestedCertifications.map((s) => ({
        certification: s.certification,
        roles: s.roleIds.map((id) => content.teamRoles.find((r) => r.id === id)?.name ?? id),
        lowestLevel: s.lowestLevel,
      })),
    },
  };
}

// The ISO readiness report of the same sample answers, with every third ISMS item recorded in
// place, every third partly, and evidence notes on those in place: about what a program halfway
// to certification has.
export function sampleReadinessReport(options: { content: TContentModel; standards: TStandards }): ReadinessReport {
  const { content, standards } = options;
  const updatedAt = new Date("2026-02-10T10:00:00.000Z");
  const states = ["IN_PLACE", "PARTLY", "MISSING"] as const;
  return buildReadinessReport({
    content,
    annexA: [...standards.isoAnnexA].map(([id, title]) => ({ id, title })),
    clauseTitles: standards.isoClauses,
    answers: sampleAnswers(content),
    ismsRecords: content.isms.map((item, i) => {
      const status = states[i % states.length]!;
      return { itemId: item.id, status, evidence: status === "IN_PLACE" ? NOTE : null, updatedAt };
    }),
  });
}
