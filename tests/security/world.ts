import { LAYER_IDS } from "@/lib/content/schema";
import type { Database } from "@/lib/db/client";
import { createAccount, createAssessmentFor, joinAs, TEST_PASSWORD } from "../support/factories";
import type { Actor } from "../support/next-request-stubs";

// Two organisations with one of everything: the victim's, which the cases aim at, and the
// outsider's, from which the attacks come; plus a guest whom the victim invited to a different
// assessment than the one the cases aim at. Built through the app's own domain functions.
export type World = {
  victim: {
    admin: Actor;
    organisationId: string;
    programId: string;
    assessmentId: string;
    partyId: string;
    participantId: string;
    member: Actor;
    membershipId: string;
    invitationId: string;
    invitationToken: string;
    apiToken: string;
    apiTokenId: string;
    answeredPracticeId: string;
    answerVersion: number;
    evidenceLinkId: string;
    evidenceFileId: string;
    roadmapItemId: string;
  };
  outsider: { admin: Actor; organisationId: string; assessmentId: string; partyId: string; apiToken: string };
  guest: Actor & { assessmentId: string };
};

// Text only the victim wrote: no response to anyone else may contain it.
export const VICTIM_SECRET = "victim-secret-note-7f3a";

export const TARGETS = Object.fromEntries(LAYER_IDS.map((id) => [id, 2])) as Record<(typeof LAYER_IDS)[number], number>;

export async function buildWorld(database: Database): Promise<World> {
  const { prisma } = database;
  const { createParty } = await import("@/lib/parties/manage-parties");
  const { addMemberParticipant, inviteGuestParticipant } = await import("@/lib/parties/participants");
  const { acceptInvitationWithSignUp } = await import("@/lib/invitations/accept-invitation");
  const { createInvitation } = await import("@/lib/invitations/create-invitation");
  const { createApiToken } = await import("@/lib/api-tokens/create-api-token");
  const { createAssessment } = await import("@/lib/assessments/create-assessment");
  const { saveAnswer } = await import("@/lib/answers/save-answer");
  const { addEvidenceLink, uploadEvidenceFile } = await import("@/lib/evidence/add-evidence");
  const { generateRoadmap } = await import("@/lib/roadmap/generate-roadmap");

  const actor = async (userId: string): Promise<Actor> =>
    prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, name: true } });

  const victim = await createAccount("victim");
  const userId = victim.userId;
  const { programId, assessmentId } = await createAssessmentFor(victim);
  const other = await createAssessment({
    userId,
    input: { organisationId: victim.organisationId, programId, title: "Other assessment", targets: TARGETS, startFrom: "blank" },
  });
  const party = await createParty({ userId, input: { assessmentId, name: "Integrator", actors: ["application-teams"] } });
  const member = await joinAs({ organisationId: victim.organisationId, label: "victim-member", role: "ASSESSOR" });
  await addMemberParticipant({ userId, input: { assessmentId, partyId: party.id, userId: member.userId } });
  const participant = await prisma.participant.findFirstOrThrow({ where: { partyId: party.id } });
  const membership = await prisma.membership.findFirstOrThrow({ where: { userId: member.userId } });

  const guestParty = await createParty({ userId, input: { assessmentId: other.id, name: "Guest party", actors: ["infra-provider"] } });
  const guestEmail = `guest.${Date.now()}@guest.example`;
  const guestLink = await inviteGuestParticipant({ userId, input: { assessmentId: other.id, partyId: guestParty.id, email: guestEmail } });
  await acceptInvitationWithSignUp({ token: tokenOf(guestLink.link), name: "Guest Elsewhere", email: guestEmail, password: TEST_PASSWORD });
  const guest = await prisma.user.findUniqueOrThrow({ where: { email: guestEmail } });

  const invitation = await createInvitation({
    userId,
    input: { organisationId: victim.organisationId, email: `invitee.${Date.now()}@victim.example`, role: "VIEWER" },
  });
  const apiToken = await createApiToken({ userId, input: { organisationId: victim.organisationId, name: "victim token" } });
  const answer = await saveAnswer({ userId, input: { assessmentId, practiceId: "NET-1.1", value: "PARTIALLY", notes: VICTIM_SECRET, version: 0 } });
  const link = await addEvidenceLink({
    userId,
    input: { assessmentId, practiceId: "NET-1.1", url: "https://evidence.example/policy", description: "Policy" },
  });
  const file = await uploadEvidenceFile({
    userId,
    input: { assessmentId, practiceId: "NET-1.1", description: "Firewall rules" },
    file: { name: "rules.txt", bytes: new TextEncoder().encode("allow 443\ndeny all\n") },
  });
  await generateRoadmap({ userId, input: { assessmentId } });
  const roadmapItem = await prisma.roadmapItem.findFirstOrThrow({ where: { assessmentId } });

  const outsider = await createAccount("outsider");
  const outsiderAssessment = await createAssessmentFor(outsider);
  const outsiderParty = await createParty({
    userId: outsider.userId,
    input: { assessmentId: outsiderAssessment.assessmentId, name: "Outsider party", actors: ["infra-provider"] },
  });
  const outsiderToken = await createApiToken({ userId: outsider.userId, input: { organisationId: outsider.organisationId, name: "outsider" } });

  return {
    victim: {
      admin: await actor(userId),
      organisationId: victim.organisationId,
      programId,
      assessmentId,
      partyId: party.id,
      participantId: participant.id,
      member: await actor(member.userId),
      membershipId: membership.id,
      invitationId: invitation.id,
      invitationToken: tokenOf(invitation.link),
      apiToken: apiToken.token,
      apiTokenId: apiToken.id,
      answeredPracticeId: answer.practiceId,
      answerVersion: answer.version,
      evidenceLinkId: link.id,
      evidenceFileId: file.id,
      roadmapItemId: roadmapItem.id,
    },
    outsider: {
      admin: await actor(outsider.userId),
      organisationId: outsider.organisationId,
      assessmentId: outsiderAssessment.assessmentId,
      partyId: outsiderParty.id,
      apiToken: outsiderToken.token,
    },
    guest: { ...(await actor(guest.id)), assessmentId: other.id },
  };
}

function tokenOf(link: string): string {
  return link.split("/").pop()!;
}
