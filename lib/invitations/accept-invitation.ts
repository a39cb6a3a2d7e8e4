import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { OrgRole } from "@/generated/prisma/enums";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword } from "@/lib/auth/password-hash";
import { assertAcceptablePassword } from "@/lib/auth/password-policy";
import { normaliseEmail } from "@/lib/auth/normalise-email";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { invitationStatus } from "./invitation-status";
import type { TAcceptInvitationWithSignUpInput } from "./schema";
import { hashInvitationToken } from "./token";

type Tx = Prisma.TransactionClient;

export type PublicInvitation = {
  organisationName: string;
  email: string;
  role: string;
  status: ReturnType<typeof invitationStatus>;
  // Set when the link invites to one party of one assessment.
  participation: { assessmentTitle: string; partyName: string } | null;
};

// What the invitation page may show to whoever holds the link.
export async function getInvitationByToken(token: string): Promise<PublicInvitation> {
  const prisma = await db();
  const invitation = await prisma.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    include: { organisation: { select: { name: true } } },
  });
  if (!invitation) throw notFound("invitationNotFound");
  const party = invitation.partyId
    ? await prisma.party.findFirst({
        where: { id: invitation.partyId, assessmentId: invitation.assessmentId ?? undefined },
        select: { name: true, assessment: { select: { title: true } } },
      })
    : null;
  return {
    organisationName: invitation.organisation.name,
    email: invitation.email,
    role: invitation.role,
    status: invitationStatus(invitation, new Date()),
    participation: party ? { assessmentTitle: party.assessment.title, partyName: party.name } : null,
  };
}

// Where the new member or guest lands: the organisation's home, or a guest's own practices.
export type AcceptedInvitation = { organisationId: string; landingPath: string };

export async function acceptInvitation(options: { userId: string; token: string }): Promise<AcceptedInvitation> {
  const prisma = await db();
  const user = await prisma.user.findUnique({ where: { id: options.userId }, select: { email: true } });
  if (!user) throw notFound();
  return prisma.$transaction((tx) => redeem({ tx, token: options.token, userId: options.userId, email: user.email }));
}

export async function acceptInvitationWithSignUp(input: TAcceptInvitationWithSignUpInput): Promise<AcceptedInvitation> {
  const prisma = await db();
  const email = normaliseEmail(input.email);
  assertAcceptablePassword({ password: input.password, email });
  if (await prisma.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new AppError({
      code: "CONFLICT",
      messageKey: "emailTakenSignInToAccept",
      fieldErrors: { email: ["emailTaken"] },
    });
  }
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    await checkRedeemable({ tx, token: input.token, email });
    const user = await tx.user.create({ data: { email, name: input.name.trim(), passwordHash } });
    return redeem({ tx, token: input.token, userId: user.id, email });
  });
}

async function checkRedeemable(options: { tx: Tx; token: string; email: string }) {
  const invitation = await options.tx.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(options.token) },
  });
  if (!invitation) throw notFound("invitationNotFound");
  const status = invitationStatus(invitation, new Date());
  if (status !== "pending") throw new AppError({ code: "CONFLICT", messageKey: `invitation.${status}` });
  if (invitation.email !== options.email) {
    throw new AppError({
      code: "FORBIDDEN",
      messageKey: "invitationEmailMismatch",
      values: { email: invitation.email },
    });
  }
  return invitation;
}

// Single use: the accepted-at stamp is set with a conditional update, so two tabs cannot both redeem it.
async function redeem(options: { tx: Tx; token: string; userId: string; email: string }): Promise<AcceptedInvitation> {
  const { tx, userId } = options;
  const invitation = await checkRedeemable(options);
  const { count } = await tx.invitation.updateMany({
    where: { id: invitation.id, acceptedAt: null },
    data: { acceptedAt: new Date(), acceptedById: userId },
  });
  if (count === 0) throw new AppError({ code: "CONFLICT", messageKey: "invitation.accepted" });
  const { organisationId, assessmentId, partyId } = invitation;
  const accepted =
    assessmentId && partyId
      ? await joinParty({ tx, organisationId, assessmentId, partyId, userId })
      : await joinOrganisation({ tx, organisationId, userId, role: invitation.role });
  await recordAuditEvent(tx, {
    organisationId,
    actorUserId: userId,
    action: "invitation.accept",
    targetType: "invitation",
    targetId: invitation.id,
    summary: { role: invitation.role, assessmentId, partyId },
  });
  return accepted;
}

async function joinOrganisation(options: {
  tx: Tx;
  organisationId: string;
  userId: string;
  role: OrgRole;
}): Promise<AcceptedInvitation> {
  const { tx, organisationId, userId, role } = options;
  await tx.membership.upsert({
    where: { userId_organisationId: { userId, organisationId } },
    create: { userId, organisationId, role },
    update: {},
  });
  return { organisationId, landingPath: `/orgs/${organisationId}` };
}

// A participant invitation adds the user to one party of one assessment. Someone who is not a
// member of the organisation becomes a guest: they reach that assessment and nothing else.
async function joinParty(options: {
  tx: Tx;
  organisationId: string;
  assessmentId: string;
  partyId: string;
  userId: string;
}): Promise<AcceptedInvitation> {
  const { tx, organisationId, assessmentId, partyId, userId } = options;
  const party = await tx.party.findFirst({ where: { id: partyId, assessmentId }, select: { id: true } });
  if (!party) throw new AppError({ code: "CONFLICT", messageKey: "invitation.partyRemoved" });
  const membership = await tx.membership.findUnique({
    where: { userId_organisationId: { userId, organisationId } },
    select: { id: true },
  });
  await tx.participant.upsert({
    where: { partyId_userId: { partyId, userId } },
    create: { assessmentId, partyId, userId, isGuest: !membership },
    update: {},
  });
  return { organisationId, landingPath: `/orgs/${organisationId}/assessments/${assessmentId}/my-practices` };
}
