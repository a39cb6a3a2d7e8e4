import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { normaliseEmail } from "@/lib/auth/normalise-email";
import { db } from "@/lib/db/client";
import { appUrl, env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { newInvitationToken } from "@/lib/invitations/token";
import { requireLeadOfDraft } from "./require-lead";

async function requireParty(options: { assessmentId: string; partyId: string }) {
  const prisma = await db();
  const party = await prisma.party.findFirst({ where: { id: options.partyId, assessmentId: options.assessmentId } });
  if (!party) throw new AppError({ code: "NOT_FOUND", messageKey: "partyNotFound", fieldErrors: { partyId: ["partyNotFound"] } });
  return party;
}

// A member of the assessment's organisation joins a party.
export async function addMemberParticipant(options: {
  userId: string;
  input: { assessmentId: string; partyId: string; userId: string };
}): Promise<void> {
  const { assessment } = await requireLeadOfDraft({ userId: options.userId, assessmentId: options.input.assessmentId });
  const party = await requireParty({ assessmentId: assessment.id, partyId: options.input.partyId });
  const prisma = await db();
  const member = await prisma.membership.findUnique({
    where: { userId_organisationId: { userId: options.input.userId, organisationId: assessment.organisationId } },
    select: { userId: true },
  });
  if (!member) throw new AppError({ code: "BAD_INPUT", messageKey: "notAMember", fieldErrors: { userId: ["notAMember"] } });
  await prisma.$transaction(async (tx) => {
    const participant = await tx.participant.upsert({
      where: { partyId_userId: { partyId: party.id, userId: member.userId } },
      create: { assessmentId: assessment.id, partyId: party.id, userId: member.userId, isGuest: false },
      update: {},
    });
    await recordAuditEvent(tx, {
      organisationId: assessment.organisationId,
      actorUserId: options.userId,
      action: "participant.add",
      targetType: "participant",
      targetId: participant.id,
      summary: { assessmentId: assessment.id, partyId: party.id, userId: member.userId },
    });
  });
}

export type GuestInvitation = { link: string; expiresAt: Date };

// Someone outside the organisation (an SI's engineer, a platform team member) is invited to one
// party of this assessment: a single-use link, as for members, that makes them a guest.
export async function inviteGuestParticipant(options: {
  userId: string;
  input: { assessmentId: string; partyId: string; email: string };
}): Promise<GuestInvitation> {
  const { assessment } = await requireLeadOfDraft({ userId: options.userId, assessmentId: options.input.assessmentId });
  const party = await requireParty({ assessmentId: assessment.id, partyId: options.input.partyId });
  const email = normaliseEmail(options.input.email);
  const prisma = await db();
  const already = await prisma.participant.findFirst({
    where: { partyId: party.id, user: { email } },
    select: { id: true },
  });
  if (already) {
    throw new AppError({ code: "CONFLICT", messageKey: "alreadyParticipant", fieldErrors: { email: ["alreadyParticipant"] } });
  }
  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(Date.now() + env().INVITATION_TTL_HOURS * 3_600_000);
  await prisma.$transaction(async (tx) => {
    const invitation = await tx.invitation.create({
      data: {
        organisationId: assessment.organisationId,
        email,
        // Not used for a participant invitation (a guest has no organisation role); the column requires one.
        role: "VIEWER",
        assessmentId: assessment.id,
        partyId: party.id,
        tokenHash,
        createdById: options.userId,
        expiresAt,
      },
    });
    await recordAuditEvent(tx, {
      organisationId: assessment.organisationId,
      actorUserId: options.userId,
      action: "participant.invite",
      targetType: "invitation",
      targetId: invitation.id,
      summary: { assessmentId: assessment.id, partyId: party.id, expiresAt: expiresAt.toISOString() },
    });
  });
  return { link: `${appUrl()}/invitations/${token}`, expiresAt };
}

export async function removeParticipant(options: { userId: string; assessmentId: string; participantId: string }): Promise<void> {
  const { assessment } = await requireLeadOfDraft(options);
  const prisma = await db();
  await prisma.$transaction(async (tx) => {
    const participant = await tx.participant.findFirst({ where: { id: options.participantId, assessmentId: assessment.id } });
    if (!participant) throw notFound("participantNotFound");
    await tx.participant.delete({ where: { id: participant.id } });
    await recordAuditEvent(tx, {
      organisationId: assessment.organisationId,
      actorUserId: options.userId,
      action: "participant.remove",
      targetType: "participant",
      targetId: participant.id,
      summary: { assessmentId: assessment.id, partyId: participant.partyId, userId: participant.userId, isGuest: participant.isGuest },
    });
  });
}
