import "server-only";
import type { AssessmentStatus } from "@/lib/assessments/lifecycle";
import { can } from "@/lib/auth/permissions";
import { contentForVersion } from "@/lib/content/snapshot";
import type { TContentModel, TMappings } from "@/lib/content/schema";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { accountableActorFor, responsibleActorsFor, type RaciMatrix } from "@/lib/raci/rules";
import type { AnswerValue } from "@/lib/scoring/answer-values";
import { requireAssessmentAccess } from "@/lib/tenancy/assessment-access";
import { isRoadmapGap } from "./build-roadmap";
import type { RoadmapStatus } from "./merge-roadmap";
import type { RoadmapEffort } from "./phase-rule";
import { phaseRuleSettings, type PhaseRuleSettings } from "./phase-rule-settings";
import { loadRoadmapInputs } from "./roadmap-inputs";
import { isRoadmapLocked } from "./roadmap-lock";
import { roadmapProgress, type StatusCounts } from "./roadmap-progress";
import { roadmapStaleness, type RoadmapStaleness } from "./roadmap-staleness";

// An actor of a RACI cell, named by the parties that play it in this assessment.
export type RoadmapActor = { actorId: string; actorName: string; parties: string[] };

export type RoadmapPageItem = {
  id: string;
  practiceId: string;
  title: string;
  layerId: string;
  layerName: string;
  level: number;
  answer: AnswerValue | null;
  effort: RoadmapEffort;
  risk: number;
  phase: number;
  position: number;
  responsible: RoadmapActor[];
  accountable: RoadmapActor | null;
  mappings: TMappings;
  evidence: string[];
  ownerPartyId: string | null;
  ownerName: string | null;
  dueDate: string | null;
  status: RoadmapStatus;
  notes: string;
  // Marked done, but the answers still show the gap: a reviewer should look, not have it reopened.
  doneButStillGap: boolean;
};

export type RoadmapPage = {
  assessment: { id: string; organisationId: string; title: string; programName: string; status: AssessmentStatus };
  canEdit: boolean;
  locked: boolean;
  generatedAt: Date | null;
  staleness: RoadmapStaleness;
  phaseRule: PhaseRuleSettings;
  phases: Array<{ phase: number; items: RoadmapPageItem[] }>;
  progress: {
    total: StatusCounts;
    byPhase: Array<{ phase: number } & StatusCounts>;
    byOwner: Array<{ ownerPartyId: string | null; ownerName: string | null } & StatusCounts>;
  };
  parties: Array<{ id: string; name: string }>;
};

function actorNamer(options: { content: TContentModel; parties: ReadonlyArray<{ name: string; actors: string[] }> }) {
  const names = new Map<string, string>(options.content.actors.map((a) => [a.id, a.name]));
  return (actorId: string): RoadmapActor => ({
    actorId,
    actorName: names.get(actorId) ?? actorId,
    parties: options.parties.filter((p) => p.actors.includes(actorId)).map((p) => p.name),
  });
}

export async function getRoadmapPage(options: {
  userId: string;
  organisationId: string;
  assessmentId: string;
}): Promise<RoadmapPage> {
  const { assessment, role } = await requireAssessmentAccess({ ...options, permission: "assessment.read" });
  // The organisation in the URL must be the assessment's own: a mismatch is simply not found.
  if (assessment.organisationId !== options.organisationId) throw notFound("assessmentNotFound");
  const prisma = await db();
  const content = await contentForVersion(assessment.contentVersion);
  const [program, parties, stored, inputs] = await Promise.all([
    prisma.program.findUniqueOrThrow({ where: { id: assessment.programId }, select: { name: true } }),
    prisma.party.findMany({
      where: { assessmentId: assessment.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, name: true, actors: true },
    }),
    prisma.roadmapItem.findMany({
      where: { assessmentId: assessment.id },
      orderBy: [{ phase: "asc" }, { position: "asc" }],
    }),
    loadRoadmapInputs({
      client: prisma,
      assessmentId: assessment.id,
      content,
      storedPhaseRule: assessment.roadmapPhaseRule,
    }),
  ]);
  const visible = stored.filter((item) => !item.obsolete);
  const items = pageItems({
    content,
    matrix: inputs.matrix,
    answers: inputs.answers,
    targets: inputs.targets,
    parties,
    stored: visible,
  });

  const phaseNumbers = inputs.rule.phases.map((_, i) => i + 1);
  const progress = roadmapProgress({ items: visible, phases: phaseNumbers });
  const partyName = new Map(parties.map((p) => [p.id, p.name]));
  const locked = isRoadmapLocked(assessment.status);
  return {
    assessment: {
      id: assessment.id,
      organisationId: assessment.organisationId,
      title: assessment.title,
      programName: program.name,
      status: assessment.status,
    },
    canEdit: can(role, "assessment.manage") && !locked,
    locked,
    generatedAt: assessment.roadmapGeneratedAt,
    staleness: roadmapStaleness({
      generatedAt: assessment.roadmapGeneratedAt,
      latestAnswerAt: inputs.latestAnswerAt,
      stored,
      generated: inputs.roadmap.items,
    }),
    phaseRule: phaseRuleSettings(inputs.rule),
    phases: [...new Set([...phaseNumbers, ...items.map((i) => i.phase)])]
      .sort((a, b) => a - b)
      .map((phase) => ({ phase, items: items.filter((i) => i.phase === phase) })),
    progress: {
      total: progress.total,
      byPhase: progress.byPhase,
      byOwner: progress.byOwner.map((row) => ({
        ...row,
        ownerName: row.ownerPartyId ? (partyName.get(row.ownerPartyId) ?? null) : null,
      })),
    },
    parties: parties.map((p) => ({ id: p.id, name: p.name })),
  };
}

function pageItems(options: {
  content: TContentModel;
  matrix: RaciMatrix;
  answers: ReadonlyMap<string, AnswerValue>;
  targets: ReadonlyMap<string, number>;
  parties: ReadonlyArray<{ id: string; name: string; actors: string[] }>;
  stored: ReadonlyArray<{
    id: string;
    practiceId: string;
    phase: number;
    position: number;
    status: RoadmapStatus;
    ownerPartyId: string | null;
    dueDate: Date | null;
    notes: string | null;
  }>;
}): RoadmapPageItem[] {
  const { content, matrix, answers, targets, parties } = options;
  const practices = new Map(content.practices.map((p) => [p.id, p]));
  const layers = new Map(content.layers.map((l) => [l.id, l.name]));
  const partyName = new Map(parties.map((p) => [p.id, p.name]));
  const actor = actorNamer({ content, parties });
  return options.stored.flatMap((item): RoadmapPageItem[] => {
    const practice = practices.get(item.practiceId);
    // Content is pinned per assessment, so this only guards against hand-edited rows.
    if (!practice) return [];
    const ref = { matrix, practiceId: practice.id, layerId: practice.layer };
    const accountable = accountableActorFor(ref);
    const answer = answers.get(practice.id) ?? null;
    return [
      {
        id: item.id,
        practiceId: practice.id,
        title: practice.title,
        layerId: practice.layer,
        layerName: layers.get(practice.layer) ?? practice.layer,
        level: practice.level,
        answer,
        effort: practice.effort,
        risk: practice.risk,
        phase: item.phase,
        position: item.position,
        responsible: responsibleActorsFor(ref).map(actor),
        accountable: accountable ? actor(accountable) : null,
        mappings: practice.mappings,
        evidence: practice.evidence,
        ownerPartyId: item.ownerPartyId,
        ownerName: item.ownerPartyId ? (partyName.get(item.ownerPartyId) ?? null) : null,
        dueDate: item.dueDate ? item.dueDate.toISOString().slice(0, 10) : null,
        status: item.status,
        notes: item.notes ?? "",
        doneButStillGap:
          item.status === "DONE" &&
          isRoadmapGap({
            level: practice.level,
            target: targets.get(practice.layer) ?? 0,
            answer: answer ?? undefined,
          }),
      },
    ];
  });
}
