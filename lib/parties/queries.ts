import "server-only";
import { isEditable } from "@/lib/assessments/lifecycle";
import { assessmentHeading, loadAssessment, type AssessmentHeading } from "@/lib/assessments/load-assessment";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { invitationStatus } from "@/lib/invitations/invitation-status";
import { loadRaciMatrix } from "@/lib/raci/queries";
import { partyProgress, type PartyProgress } from "@/lib/raci/rules";

export type PartyView = {
  id: string;
  name: string;
  actors: string[];
  participants: Array<{ id: string; name: string; email: string; isGuest: boolean }>;
  pendingInvitations: string[];
  progress: PartyProgress;
};

export type PartiesPage = {
  assessment: AssessmentHeading;
  actors: Array<{ id: string; name: string }>;
  parties: PartyView[];
  unplayedActors: string[];
  members: Array<{ id: string; name: string; email: string }>;
  canEdit: boolean;
};

export async function getPartiesPage(ids: { userId: string; organisationId: string; assessmentId: string }): Promise<PartiesPage> {
  const loaded = await loadAssessment(ids);
  const { assessment, content } = loaded;
  const canEdit = isEditable(assessment.status) && can(loaded.role, "assessment.manage");
  const prisma = await db();
  const [parties, matrix, members, invitations, answers] = await Promise.all([
    prisma.party.findMany({
      where: { assessmentId: assessment.id },
      orderBy: { createdAt: "asc" },
      include: {
        participants: { include: { user: { select: { name: true, email: true } } }, orderBy: { createdAt: "asc" } },
      },
    }),
    loadRaciMatrix(prisma, assessment.id),
    // Only a lead picks members; nobody else needs the organisation's member list.
    canEdit
      ? prisma.membership.findMany({
          where: { organisationId: assessment.organisationId },
          include: { user: { select: { id: true, name: true, email: true } } },
          orderBy: { user: { name: "asc" } },
        })
      : Promise.resolve([]),
    prisma.invitation.findMany({ where: { assessmentId: assessment.id, acceptedAt: null, revokedAt: null } }),
    prisma.answer.findMany({ where: { assessmentId: assessment.id }, select: { practiceId: true, confirmedAt: true } }),
  ]);
  const progress = partyProgress({
    parties,
    practices: content.practices.map((p) => ({ id: p.id, layerId: p.layer })),
    matrix,
    answers: new Map(answers.map((a) => [a.practiceId, { value: "", confirmed: a.confirmedAt !== null }])),
  });
  const now = new Date();
  const played = new Set(parties.flatMap((p) => p.actors));
  return {
    assessment: assessmentHeading(loaded),
    actors: content.actors.map((a) => ({ id: a.id, name: a.name })),
    parties: parties.map((party, i) => ({
      id: party.id,
      name: party.name,
      actors: party.actors,
      participants: party.participants.map((p) => ({ id: p.id, name: p.user.name, email: p.user.email, isGuest: p.isGuest })),
      pendingInvitations: invitations
        .filter((inv) => inv.partyId === party.id && invitationStatus(inv, now) === "pending")
        .map((inv) => inv.email),
      progress: progress[i]!,
    })),
    unplayedActors: content.actors.filter((a) => !played.has(a.id)).map((a) => a.name),
    members: members.map((m) => ({ id: m.user.id, name: m.user.name, email: m.user.email })),
    canEdit,
  };
}
