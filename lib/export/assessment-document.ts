import type { TContentModel } from "@/lib/content/schema";
import type { RaciPage } from "@/lib/raci/raci-page";
import type { RoadmapPage } from "@/lib/roadmap/queries";
import type { AnswerValue } from "@/lib/scoring/answer-values";
import type { AssessmentScore } from "@/lib/scoring/score-assessment";
import type { ExportStamp } from "@/lib/signing/sign-export";

export const ASSESSMENT_DOCUMENT_FORMAT = "layerwise-assessment";
export const ASSESSMENT_DOCUMENT_VERSION = 1;

export type AssessmentDocumentInput = {
  organisationName: string;
  program: { name: string; platform: string; description: string };
  assessment: {
    id: string;
    title: string;
    status: string;
    contentVersion: string;
    createdAt: Date;
    submittedAt: Date | null;
    approvedAt: Date | null;
  };
  content: Pick<TContentModel, "layers" | "practices">;
  targets: ReadonlyMap<string, number>;
  answers: ReadonlyMap<
    string,
    { value: AnswerValue; justification: string | null; notes: string | null; needsReconfirmation: boolean }
  >;
  score: AssessmentScore;
  raci: Pick<RaciPage, "actors" | "rows">;
  parties: ReadonlyArray<{ name: string; actors: string[] }>;
  roadmap: Pick<RoadmapPage, "generatedAt" | "phases">;
};

const iso = (date: Date | null) => (date ? date.toISOString() : null);

// The whole assessment as one JSON document for GRC tools and archives. Ids are the content's
// stable ids (layers, practices, actors), so two exports can be compared field by field.
export function assessmentDocument(options: { input: AssessmentDocumentInput; stamp: ExportStamp; verifyUrl: string }) {
  const { input, stamp } = options;
  const layerScores = new Map(input.score.layers.map((l) => [l.layerId, l]));
  return {
    format: ASSESSMENT_DOCUMENT_FORMAT,
    formatVersion: ASSESSMENT_DOCUMENT_VERSION,
    verification: {
      code: stamp.code,
      keyId: stamp.keyId,
      generatedAt: stamp.createdAt.toISOString(),
      verifyUrl: options.verifyUrl,
    },
    contentVersion: input.assessment.contentVersion,
    organisation: { name: input.organisationName },
    program: input.program,
    assessment: {
      id: input.assessment.id,
      title: input.assessment.title,
      status: input.assessment.status,
      createdAt: iso(input.assessment.createdAt),
      submittedAt: iso(input.assessment.submittedAt),
      approvedAt: iso(input.assessment.approvedAt),
    },
    targets: Object.fromEntries(input.content.layers.map((l) => [l.id, input.targets.get(l.id) ?? null])),
    scores: {
      overall: input.score.overall,
      layers: input.content.layers.map((l) => {
        const s = layerScores.get(l.id);
        return {
          layerId: l.id,
          name: l.name,
          level: s?.level ?? 0,
          score: s?.score ?? 0,
          completion: s?.completion ?? 0,
          answered: s?.answered ?? 0,
          applicable: s?.applicable ?? 0,
          target: input.targets.get(l.id) ?? null,
        };
      }),
    },
    answers: input.content.practices.map((p) => {
      const answer = input.answers.get(p.id);
      return {
        practiceId: p.id,
        layerId: p.layer,
        level: p.level,
        title: p.title,
        value: answer?.value ?? null,
        justification: answer?.justification ?? null,
        notes: answer?.notes ?? null,
        needsReconfirmation: answer?.needsReconfirmation ?? false,
      };
    }),
    raci: {
      actors: input.raci.actors.map((a) => ({ id: a.id, name: a.name })),
      rows: input.raci.rows.map((r) => ({
        rowKey: r.rowKey,
        kind: r.kind,
        name: r.name,
        cells: Object.fromEntries(Object.entries(r.cells).filter(([, role]) => role !== "")),
        violations: r.violations,
      })),
    },
    parties: input.parties.map((p) => ({ name: p.name, actors: p.actors })),
    roadmap: {
      generatedAt: iso(input.roadmap.generatedAt),
      items: input.roadmap.phases.flatMap((phase) =>
        phase.items.map((item) => ({
          practiceId: item.practiceId,
          title: item.title,
          layerId: item.layerId,
          level: item.level,
          phase: phase.phase,
          position: item.position,
          answer: item.answer,
          effort: item.effort,
          risk: item.risk,
          responsible: item.responsible.map((a) => a.actorId),
          accountable: item.accountable?.actorId ?? null,
          owner: item.ownerName,
          dueDate: item.dueDate,
          status: item.status,
          mappings: item.mappings,
          evidence: item.evidence,
          notes: item.notes,
        })),
      ),
    },
  };
}

export function renderAssessmentJson(options: {
  input: AssessmentDocumentInput;
  stamp: ExportStamp;
  verifyUrl: string;
}): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(assessmentDocument(options), null, 2)}\n`);
}
