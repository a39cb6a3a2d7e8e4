import "server-only";
import { loadAssessment } from "@/lib/assessments/load-assessment";
import { db } from "@/lib/db/client";
import { parsePhaseRule } from "@/lib/roadmap/phase-rule-settings";
import { getRoadmapPage } from "@/lib/roadmap/queries";
import type { OscalEvidenceInput, OscalExportInput } from "./types";

// The OSCAL builders' input for one assessment, read with the caller's rights: "reports.export" on
// the assessment, whose organisation must be the one in the URL (another organisation's assessment,
// or a foreign id, is NOT_FOUND; a role without the permission is FORBIDDEN).
// Answers come from loadAssessment (as every report reads them); the roadmap is what the roadmap
// page shows (obsolete items hidden, owners and RACI actors resolved).
export async function loadOscalInput(options: {
  userId: string;
  organisationId: string;
  assessmentId: string;
  // The export time (metadata.published); defaults to now.
  generatedAt?: Date;
  verificationCode?: string | null;
}): Promise<OscalExportInput> {
  const scope = { userId: options.userId, organisationId: options.organisationId, assessmentId: options.assessmentId };
  const loaded = await loadAssessment({ ...scope, permission: "reports.export" });
  const { assessment, content } = loaded;
  const prisma = await db();
  const [roadmap, organisation, program, parties, answerTimes, evidence, itemTimes, approver] = await Promise.all([
    getRoadmapPage(scope),
    prisma.organisation.findUniqueOrThrow({
      where: { id: assessment.organisationId },
      select: { id: true, name: true },
    }),
    prisma.program.findUniqueOrThrow({
      where: { id: assessment.programId },
      select: { id: true, name: true, platform: true },
    }),
    prisma.party.findMany({
      where: { assessmentId: assessment.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, name: true, actors: true },
    }),
    prisma.answer.findMany({ where: { assessmentId: assessment.id }, select: { practiceId: true, updatedAt: true } }),
    prisma.evidence.findMany({
      where: { assessmentId: assessment.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      // Never the file bytes: only what describes them.
      select: {
        practiceId: true,
        kind: true,
        description: true,
        url: true,
        fileName: true,
        mimeType: true,
        sha256: true,
      },
    }),
    prisma.roadmapItem.findMany({ where: { assessmentId: assessment.id }, select: { id: true, updatedAt: true } }),
    assessment.approvedById
      ? prisma.user.findUnique({ where: { id: assessment.approvedById }, select: { id: true, name: true } })
      : Promise.resolve(null),
  ]);

  const updatedAt = new Map(answerTimes.map((a) => [a.practiceId, a.updatedAt]));
  const evidenceByPractice = new Map<string, OscalEvidenceInput[]>();
  for (const e of evidence) {
    const list = evidenceByPractice.get(e.practiceId) ?? [];
    list.push({
      kind: e.kind,
      description: e.description,
      url: e.url,
      fileName: e.fileName,
      mimeType: e.mimeType,
      sha256: e.sha256,
    });
    evidenceByPractice.set(e.practiceId, list);
  }
  const itemUpdatedAt = new Map(itemTimes.map((i) => [i.id, i.updatedAt]));
  const phaseLabels = parsePhaseRule(assessment.roadmapPhaseRule).phases;
  const levels = new Map(loaded.score.layers.map((l) => [l.layerId, l.level]));

  return {
    assessment: {
      id: assessment.id,
      title: assessment.title,
      status: assessment.status,
      contentVersion: assessment.contentVersion,
      createdAt: assessment.createdAt,
      updatedAt: assessment.updatedAt,
      approvedAt: assessment.approvedAt,
      approvedBy: approver,
    },
    organisation,
    program: { id: program.id, name: program.name, platform: program.platform },
    layers: content.layers.map((l) => ({
      id: l.id,
      name: l.name,
      level: levels.get(l.id) ?? 0,
      target: loaded.targets.get(l.id) ?? 0,
    })),
    overallLevel: loaded.score.overall.level,
    actors: content.actors.map((a) => ({ id: a.id, name: a.name })),
    parties,
    practices: content.practices.map((p) => ({
      id: p.id,
      title: p.title,
      question: p.question,
      layerId: p.layer,
      level: p.level,
      risk: p.risk,
      effort: p.effort,
      evidence: p.evidence,
      mappings: p.mappings,
    })),
    answers: [...loaded.answers.values()].map((a) => ({
      practiceId: a.practiceId,
      value: a.value,
      notes: a.notes,
      justification: a.justification,
      needsReconfirmation: a.needsReconfirmation,
      updatedAt: updatedAt.get(a.practiceId) ?? assessment.updatedAt,
      evidence: evidenceByPractice.get(a.practiceId) ?? [],
    })),
    roadmap: {
      generatedAt: roadmap.generatedAt,
      items: roadmap.phases.flatMap((phase) =>
        phase.items.map((item) => ({
          practiceId: item.practiceId,
          phase: item.phase,
          phaseLabel: phaseLabels[item.phase - 1] ?? "",
          position: item.position,
          status: item.status,
          ownerPartyId: item.ownerPartyId,
          dueDate: item.dueDate,
          notes: item.notes,
          responsible: item.responsible.map((r) => r.actorId),
          accountable: item.accountable?.actorId ?? null,
          updatedAt: itemUpdatedAt.get(item.id) ?? null,
        })),
      ),
    },
    generatedAt: options.generatedAt ?? new Date(),
    verificationCode: options.verificationCode ?? null,
  };
}
