import "server-only";
import { isEditable } from "@/lib/assessments/lifecycle";
import { assessmentHeading, loadAssessment, type AssessmentHeading } from "@/lib/assessments/load-assessment";
import { db } from "@/lib/db/client";
import { canConfirmPractice } from "@/lib/raci/practice-rights";
import { loadRaciMatrix } from "@/lib/raci/queries";
import { practicesForActors } from "@/lib/raci/rules";

export type RoutedPractice = {
  id: string;
  title: string;
  layerId: string;
  layerName: string;
  level: number;
  answer: string | null;
  version: number;
  confirmedBy: string | null;
};

export type MyPracticesPage = {
  assessment: AssessmentHeading;
  parties: string[];
  toAnswer: RoutedPractice[];
  toConfirm: RoutedPractice[];
  canConfirm: boolean;
};

// "My practices": what the caller's parties are Responsible for, and the answered practices they
// are Accountable for (to confirm), in content order.
export async function getMyPractices(ids: { userId: string; organisationId: string; assessmentId: string }): Promise<MyPracticesPage> {
  const loaded = await loadAssessment(ids);
  const { assessment, content, actorIds } = loaded;
  const prisma = await db();
  const [matrix, parties, answers] = await Promise.all([
    loadRaciMatrix(prisma, assessment.id),
    prisma.party.findMany({
      where: { assessmentId: assessment.id, participants: { some: { userId: ids.userId } } },
      orderBy: { createdAt: "asc" },
      select: { name: true },
    }),
    prisma.answer.findMany({
      where: { assessmentId: assessment.id },
      select: { practiceId: true, value: true, version: true, confirmedById: true },
    }),
  ]);
  const confirmers = await prisma.user.findMany({
    where: { id: { in: answers.flatMap((a) => (a.confirmedById ? [a.confirmedById] : [])) } },
    select: { id: true, name: true },
  });
  const confirmerName = new Map(confirmers.map((u) => [u.id, u.name]));
  const answerOf = new Map(answers.map((a) => [a.practiceId, a]));
  const layerName = new Map(content.layers.map((l) => [l.id, l.name]));
  const view = (p: (typeof content.practices)[number]): RoutedPractice => {
    const answer = answerOf.get(p.id);
    return {
      id: p.id,
      title: p.title,
      layerId: p.layer,
      layerName: layerName.get(p.layer) ?? p.layer,
      level: p.level,
      answer: answer?.value ?? null,
      version: answer?.version ?? 0,
      confirmedBy: answer?.confirmedById ? (confirmerName.get(answer.confirmedById) ?? "") : null,
    };
  };
  const routable = content.practices.map((p) => ({ ...p, layerId: p.layer }));
  return {
    assessment: assessmentHeading(loaded),
    parties: parties.map((p) => p.name),
    toAnswer: practicesForActors({ practices: routable, matrix, actorIds }).map(view),
    toConfirm: routable
      .filter((p) => answerOf.has(p.id) && canConfirmPractice({ actorIds, matrix, practice: { practiceId: p.id, layerId: p.layer } }))
      .map(view),
    canConfirm: isEditable(assessment.status),
  };
}
