import "server-only";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { canAnswerPractice, canConfirmPractice } from "@/lib/raci/practice-rights";
import { loadRaciMatrix } from "@/lib/raci/queries";
import { validateRaciMatrix } from "@/lib/raci/rules";
import { groupBy } from "@/lib/util/group-by";
import { availableActions, isEditable, permissionFor, submissionBlockers, type SubmissionBlocker } from "./lifecycle";
import { loadAssessment, type LoadedAssessment } from "./load-assessment";

type Ids = { userId: string; organisationId: string; assessmentId: string };

export type LayerSummary = {
  id: string;
  name: string;
  target: number;
  level: number;
  score: number;
  completion: number;
  answered: number;
  applicable: number;
  allNotApplicable: boolean;
  blockers: Array<{ id: string; title: string; level: number }>;
};

function layerSummaries(loaded: LoadedAssessment): LayerSummary[] {
  const titles = new Map(loaded.content.practices.map((p) => [p.id, p]));
  return loaded.content.layers.map((layer, i) => {
    const result = loaded.score.layers[i]!;
    return {
      id: layer.id,
      name: layer.name,
      target: loaded.targets.get(layer.id) ?? 0,
      level: result.level,
      score: result.score,
      completion: result.completion,
      answered: result.answered,
      applicable: result.applicable,
      allNotApplicable: result.allNotApplicable,
      blockers: result.blockers.map((id) => ({
        id,
        title: titles.get(id)?.title ?? id,
        level: titles.get(id)?.level ?? 0,
      })),
    };
  });
}

export type AssessmentOverview = {
  id: string;
  organisationId: string;
  title: string;
  programId: string;
  programName: string;
  status: LoadedAssessment["assessment"]["status"];
  contentVersion: string;
  role: LoadedAssessment["role"];
  layers: LayerSummary[];
  overall: LoadedAssessment["score"]["overall"];
  actions: ReturnType<typeof availableActions>;
  blockers: SubmissionBlocker[];
  comments: Array<{ id: string; author: string; body: string; createdAt: Date }>;
};

export async function getAssessmentOverview(ids: Ids): Promise<AssessmentOverview> {
  const loaded = await loadAssessment(ids);
  const { assessment, role } = loaded;
  const needsReconfirmation = [...loaded.answers.values()].filter((a) => a.needsReconfirmation).length;
  const unanswered = loaded.score.layers.reduce((sum, l) => sum + (l.applicable - l.answered), 0);
  const prisma = await db();
  const comments = await prisma.comment.findMany({
    where: { assessmentId: assessment.id, practiceId: null },
    orderBy: { createdAt: "asc" },
  });
  const authors = await prisma.user.findMany({
    where: { id: { in: comments.map((c) => c.authorId) } },
    select: { id: true, name: true },
  });
  const authorName = new Map(authors.map((a) => [a.id, a.name]));
  return {
    id: assessment.id,
    organisationId: assessment.organisationId,
    title: assessment.title,
    programId: assessment.programId,
    programName: loaded.programName,
    status: assessment.status,
    contentVersion: assessment.contentVersion,
    role,
    layers: layerSummaries(loaded),
    overall: loaded.score.overall,
    actions: availableActions(assessment.status).filter((action) => can(role, permissionFor(action))),
    blockers: submissionBlockers({
      unanswered,
      needsReconfirmation,
      raciViolations: validateRaciMatrix({ matrix: await loadRaciMatrix(prisma, assessment.id), rowKeys: loaded.content.layers.map((l) => l.id) }).length,
    }),
    comments: comments.map((c) => ({
      id: c.id,
      author: authorName.get(c.authorId) ?? "",
      body: c.body,
      createdAt: c.createdAt,
    })),
  };
}

export type PracticeEvidence = {
  id: string;
  kind: "FILE" | "LINK";
  description: string;
  url: string | null;
  fileName: string | null;
  sizeBytes: number | null;
  uploadedBy: string;
  createdAt: Date;
  canRemove: boolean;
};
export type PracticeComment = { id: string; author: string; body: string; createdAt: Date };

export type QuestionnairePractice = {
  id: string;
  evidenceItems: PracticeEvidence[];
  comments: PracticeComment[];
  level: number;
  title: string;
  question: string;
  guidance: string;
  evidence: string[];
  answer: { value: string | null; notes: string; justification: string; version: number; needsReconfirmation: boolean };
  // Whether the caller may answer this practice (a lead, or a participant it is routed to).
  editable: boolean;
  // Set when the caller's party is Accountable and the answer awaits their confirmation.
  canConfirm: boolean;
  confirmedBy: string | null;
};

export type LayerQuestionnaire = {
  overview: Pick<
    AssessmentOverview,
    "id" | "organisationId" | "title" | "status" | "programName" | "overall" | "layers"
  >;
  layer: { id: string; name: string; description: string };
  levels: Array<{ level: number; name: string; practices: QuestionnairePractice[] }>;
  editable: boolean;
  canComment: boolean;
};

export async function getLayerQuestionnaire(ids: Ids & { layerId: string }): Promise<LayerQuestionnaire> {
  const loaded = await loadAssessment(ids);
  const layer = loaded.content.layers.find((l) => l.id === ids.layerId);
  if (!layer) throw notFound();
  const practices = loaded.content.practices.filter((p) => p.layer === layer.id);
  const prisma = await db();
  const [discussion, matrix, confirmations] = await Promise.all([
    loadDiscussion({
      assessmentId: loaded.assessment.id,
      practiceIds: practices.map((p) => p.id),
      userId: ids.userId,
      role: loaded.role,
    }),
    loadRaciMatrix(prisma, loaded.assessment.id),
    prisma.answer.findMany({
      where: { assessmentId: loaded.assessment.id, layerId: layer.id, confirmedById: { not: null } },
      select: { practiceId: true, confirmedById: true },
    }),
  ]);
  const confirmers = await prisma.user.findMany({
    where: { id: { in: confirmations.flatMap((c) => (c.confirmedById ? [c.confirmedById] : [])) } },
    select: { id: true, name: true },
  });
  const confirmerName = new Map(confirmers.map((u) => [u.id, u.name]));
  const confirmedBy = new Map(confirmations.map((c) => [c.practiceId, confirmerName.get(c.confirmedById ?? "") ?? ""]));
  const open = isEditable(loaded.assessment.status);
  const rights = (practiceId: string) => {
    const ref = { role: loaded.role, actorIds: loaded.actorIds, matrix, practice: { practiceId, layerId: layer.id } };
    return { editable: open && canAnswerPractice(ref), canConfirm: open && canConfirmPractice(ref) };
  };
  const levels = loaded.content.levels.map((level) => ({
    level: level.level,
    name: level.name,
    practices: practices
      .filter((p) => p.level === level.level)
      .map((p) => {
        const answer = loaded.answers.get(p.id);
        return {
          id: p.id,
          level: p.level,
          title: p.title,
          question: p.question,
          guidance: p.guidance,
          evidence: p.evidence,
          evidenceItems: discussion.evidence.get(p.id) ?? [],
          comments: discussion.comments.get(p.id) ?? [],
          answer: {
            value: answer?.value ?? null,
            notes: answer?.notes ?? "",
            justification: answer?.justification ?? "",
            version: answer?.version ?? 0,
            needsReconfirmation: answer?.needsReconfirmation ?? false,
          },
          ...rights(p.id),
          confirmedBy: confirmedBy.get(p.id) ?? null,
        };
      }),
  }));
  return {
    overview: {
      id: loaded.assessment.id,
      organisationId: loaded.assessment.organisationId,
      title: loaded.assessment.title,
      status: loaded.assessment.status,
      programName: loaded.programName,
      overall: loaded.score.overall,
      layers: layerSummaries(loaded),
    },
    layer: { id: layer.id, name: layer.name, description: layer.description },
    levels,
    editable: levels.some((l) => l.practices.some((p) => p.editable)),
    canComment:
      (loaded.assessment.status === "DRAFT" || loaded.assessment.status === "IN_REVIEW") &&
      (can(loaded.role, "answers.write") || can(loaded.role, "assessments.review") || loaded.actorIds.length > 0),
  };
}

// Evidence (without file bytes) and comments of a layer's practices, grouped by practice.
async function loadDiscussion(options: {
  assessmentId: string;
  practiceIds: string[];
  userId: string;
  role: LoadedAssessment["role"];
}) {
  const prisma = await db();
  const where = { assessmentId: options.assessmentId, practiceId: { in: options.practiceIds } };
  const [evidence, comments] = await Promise.all([
    prisma.evidence.findMany({
      where,
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        practiceId: true,
        kind: true,
        description: true,
        url: true,
        fileName: true,
        sizeBytes: true,
        uploadedById: true,
        createdAt: true,
      },
    }),
    prisma.comment.findMany({ where, orderBy: { createdAt: "asc" } }),
  ]);
  const userIds = [...new Set([...evidence.map((e) => e.uploadedById), ...comments.map((c) => c.authorId)])];
  const users = await prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } });
  const name = new Map(users.map((u) => [u.id, u.name]));
  return {
    evidence: groupBy(
      evidence,
      (e) => e.practiceId,
      (e): PracticeEvidence => ({
        id: e.id,
        kind: e.kind,
        description: e.description,
        url: e.url,
        fileName: e.fileName,
        sizeBytes: e.sizeBytes,
        uploadedBy: name.get(e.uploadedById) ?? "",
        createdAt: e.createdAt,
        canRemove: e.uploadedById === options.userId || options.role === "ADMIN",
      }),
    ),
    comments: groupBy(
      comments,
      (c) => c.practiceId ?? "",
      (c): PracticeComment => ({
        id: c.id,
        author: name.get(c.authorId) ?? "",
        body: c.body,
        createdAt: c.createdAt,
      }),
    ),
  };
}
