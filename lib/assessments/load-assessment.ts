import "server-only";
import type { Permission } from "@/lib/auth/permissions";
import { contentForVersion } from "@/lib/content/snapshot";
import type { TContentModel } from "@/lib/content/schema";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { scoreAssessment, type AssessmentScore, type ScoringAnswer } from "@/lib/scoring/score-assessment";
import { requireAssessmentAccess, type AssessmentAccess } from "@/lib/tenancy/assessment-access";

export type LoadedAnswer = {
  practiceId: string;
  value: ScoringAnswer;
  notes: string | null;
  justification: string | null;
  version: number;
  needsReconfirmation: boolean;
};

export type LoadedAssessment = AssessmentAccess & {
  content: TContentModel;
  programName: string;
  targets: Map<string, number>;
  answers: Map<string, LoadedAnswer>;
  score: AssessmentScore;
};

// An assessment with its pinned content, answers and live score, for one organisation's URL.
// The organisation in the URL must be the assessment's own: a mismatch is simply not found.
export async function loadAssessment(options: {
  userId: string;
  organisationId: string;
  assessmentId: string;
  permission?: Permission;
}): Promise<LoadedAssessment> {
  const access = await requireAssessmentAccess({ ...options, permission: options.permission ?? "assessment.read" });
  if (access.assessment.organisationId !== options.organisationId) throw notFound("assessmentNotFound");
  const prisma = await db();
  const [content, program, targets, answers] = await Promise.all([
    contentForVersion(access.assessment.contentVersion),
    prisma.program.findUniqueOrThrow({ where: { id: access.assessment.programId }, select: { name: true } }),
    prisma.layerTarget.findMany({ where: { assessmentId: access.assessment.id } }),
    prisma.answer.findMany({ where: { assessmentId: access.assessment.id } }),
  ]);
  const answerMap = new Map(
    answers.map((a) => [
      a.practiceId,
      {
        practiceId: a.practiceId,
        value: a.value as ScoringAnswer,
        notes: a.notes,
        justification: a.justification,
        version: a.version,
        needsReconfirmation: a.needsReconfirmation,
      },
    ]),
  );
  const score = scoreAssessment({
    layerIds: content.layers.map((l) => l.id),
    practices: content.practices.map((p) => ({ id: p.id, layerId: p.layer, level: p.level })),
    answers: new Map([...answerMap].map(([id, a]) => [id, a.value])),
  });
  return {
    ...access,
    content,
    programName: program.name,
    targets: new Map(targets.map((t) => [t.layerId, t.level])),
    answers: answerMap,
    score,
  };
}

// What every assessment page shows above its content (AssessmentHeader).
export type AssessmentHeading = {
  id: string;
  organisationId: string;
  title: string;
  programName: string;
  status: LoadedAssessment["assessment"]["status"];
};

export function assessmentHeading(loaded: Pick<LoadedAssessment, "assessment" | "programName">): AssessmentHeading {
  const { assessment } = loaded;
  return {
    id: assessment.id,
    organisationId: assessment.organisationId,
    title: assessment.title,
    programName: loaded.programName,
    status: assessment.status,
  };
}
