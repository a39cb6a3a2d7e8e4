import type { z } from "zod";
import { ZSignUpInput } from "@/lib/accounts/schema";
import { ZSaveAnswerInput } from "@/lib/answers/schema";
import { ZCreateApiTokenInput, ZRevokeApiTokenInput } from "@/lib/api-tokens/schema";
import { ZCreateAssessmentInput, ZTransitionAssessmentInput } from "@/lib/assessments/schema";
import { ZAddCommentInput } from "@/lib/comments/schema";
import { ZAddEvidenceLinkInput, ZRemoveEvidenceInput } from "@/lib/evidence/schema";
import {
  ZAcceptInvitationInput,
  ZAcceptInvitationWithSignUpInput,
  ZCreateInvitationInput,
  ZRevokeInvitationInput,
} from "@/lib/invitations/schema";
import { ZRemoveMemberInput, ZUpdateMemberRoleInput } from "@/lib/members/schema";
import {
  ZConfirmMfaEnrolmentInput,
  ZDisableMfaInput,
  ZMfaChallengeInput,
  ZSetOrganisationMfaInput,
  ZStartMfaEnrolmentInput,
} from "@/lib/mfa/schema";
import { ZCreateOrganisationInput } from "@/lib/organisations/schema";
import {
  ZAddParticipantInput,
  ZCreatePartyInput,
  ZInviteGuestInput,
  ZRemoveParticipantInput,
  ZRemovePartyInput,
  ZUpdatePartyInput,
} from "@/lib/parties/schema";
import { ZCreateProgramInput } from "@/lib/programs/schema";
import { ZRaciOverrideInput, ZResetRaciInput, ZSetRaciCellInput } from "@/lib/raci/schema";
import { ZSetIsmsItemStatusInput } from "@/lib/readiness/schema";
import { ZRegenerateRoadmapInput, ZSetPhaseRuleInput, ZUpdateRoadmapItemInput } from "@/lib/roadmap/schema";
import { ZConfirmAnswerInput } from "@/lib/routing/schema";
import { ZSetStaffedRolesInput } from "@/lib/team-plan/schema";
import { joinAs, TEST_PASSWORD } from "../support/factories";
import type { Actor } from "../support/next-request-stubs";
import { TARGETS, type World } from "./world";

// One row per server action, keyed "<module under lib/>#<export>". The security suites find every
// server action in the code and fail for one without a row here, so a new action needs one line:
// its input schema and a valid input aimed at the victim organisation's data.
export type ActionCase = {
  schema: z.ZodType;
  // A valid input that addresses the victim's data. A destructive action gets something fresh of
  // its own to destroy, so that the cases do not depend on their order.
  input: (world: World) => unknown;
  // Who may legitimately do it: after the outsider and the guest are refused, this actor's call
  // must succeed, which shows the input was valid and the refusals were about who asked.
  allowed: ((world: World) => Actor) | { none: string };
  // Set when the action addresses no other tenant's data, with the reason.
  tenancy?: string;
};

const admin = (w: World) => w.victim.admin;
const freshMember = async (w: World) => {
  const member = await joinAs({ organisationId: w.victim.organisationId, label: "fresh", role: "VIEWER" });
  const { db } = await import("@/lib/db/client");
  return { member, membership: await (await db()).membership.findFirstOrThrow({ where: { userId: member.userId } }) };
};
const freshParty = async (w: World) => {
  const { createParty } = await import("@/lib/parties/manage-parties");
  return createParty({ userId: w.victim.admin.id, input: { assessmentId: w.victim.assessmentId, name: "Fresh party", actors: ["support-provider"] } });
};
let sequence = 0;
const unique = (label: string) => `${label}.${Date.now()}.${(sequence += 1)}@victim.example`;

export const ACTION_CASES: Record<string, ActionCase> = {
  "lib/accounts/actions#signUpAction": {
    schema: ZSignUpInput,
    input: () => ({ name: "New Person", email: unique("signup"), password: TEST_PASSWORD, organisationName: "New org" }),
    allowed: { none: "public" },
    tenancy: "public sign-up: creates a new account and organisation, addresses no existing one",
  },
  "lib/answers/actions#saveAnswerAction": {
    schema: ZSaveAnswerInput,
    input: (w) => ({ assessmentId: w.victim.assessmentId, practiceId: "NET-1.2", value: "FULLY", notes: "n", version: 0 }),
    allowed: admin,
  },
  "lib/api-tokens/actions#createApiTokenAction": {
    schema: ZCreateApiTokenInput,
    input: (w) => ({ organisationId: w.victim.organisationId, name: "stolen" }),
    allowed: admin,
  },
  "lib/api-tokens/actions#revokeApiTokenAction": {
    schema: ZRevokeApiTokenInput,
    input: async (w) => {
      const { createApiToken } = await import("@/lib/api-tokens/create-api-token");
      const token = await createApiToken({ userId: w.victim.admin.id, input: { organisationId: w.victim.organisationId, name: "fresh" } });
      return { organisationId: w.victim.organisationId, tokenId: token.id };
    },
    allowed: admin,
  },
  "lib/assessments/actions#createAssessmentAction": {
    schema: ZCreateAssessmentInput,
    input: (w) => ({ organisationId: w.victim.organisationId, programId: w.victim.programId, title: "Planted", targets: TARGETS, startFrom: "blank" }),
    allowed: admin,
  },
  "lib/assessments/actions#transitionAssessmentAction": {
    schema: ZTransitionAssessmentInput,
    input: async (w) => {
      const { createAssessment } = await import("@/lib/assessments/create-assessment");
      const input = { organisationId: w.victim.organisationId, programId: w.victim.programId, title: "To archive", targets: TARGETS, startFrom: "blank" as const };
      const fresh = await createAssessment({ userId: w.victim.admin.id, input });
      return { assessmentId: fresh.id, action: "archive" };
    },
    allowed: admin,
  },
  "lib/comments/actions#addCommentAction": {
    schema: ZAddCommentInput,
    input: (w) => ({ assessmentId: w.victim.assessmentId, practiceId: "NET-1.1", body: "planted" }),
    allowed: admin,
  },
  "lib/evidence/actions#addEvidenceLinkAction": {
    schema: ZAddEvidenceLinkInput,
    input: (w) => ({ assessmentId: w.victim.assessmentId, practiceId: "NET-1.1", url: "https://planted.example/", description: "planted" }),
    allowed: admin,
  },
  "lib/evidence/actions#removeEvidenceAction": {
    schema: ZRemoveEvidenceInput,
    input: async (w) => {
      const { addEvidenceLink } = await import("@/lib/evidence/add-evidence");
      const input = { assessmentId: w.victim.assessmentId, practiceId: "NET-1.1", url: "https://fresh.example/", description: "fresh" };
      return { evidenceId: (await addEvidenceLink({ userId: w.victim.admin.id, input })).id };
    },
    allowed: admin,
  },
  "lib/invitations/actions#createInvitationAction": {
    schema: ZCreateInvitationInput,
    input: (w) => ({ organisationId: w.victim.organisationId, email: unique("planted"), role: "ADMIN" }),
    allowed: admin,
  },
  "lib/invitations/actions#revokeInvitationAction": {
    schema: ZRevokeInvitationInput,
    input: async (w) => {
      const { createInvitation } = await import("@/lib/invitations/create-invitation");
      const input = { organisationId: w.victim.organisationId, email: unique("fresh"), role: "VIEWER" as const };
      return { organisationId: w.victim.organisationId, invitationId: (await createInvitation({ userId: w.victim.admin.id, input })).id };
    },
    allowed: admin,
  },
  "lib/invitations/actions#acceptInvitationAction": {
    schema: ZAcceptInvitationInput,
    input: (w) => ({ token: w.victim.invitationToken }),
    allowed: { none: "only the invited email may accept; that person is not among the test's actors" },
  },
  "lib/invitations/actions#acceptInvitationWithSignUpAction": {
    schema: ZAcceptInvitationWithSignUpInput,
    input: (w) => ({ token: w.victim.invitationToken, name: "Taker", email: unique("taker"), password: TEST_PASSWORD }),
    allowed: { none: "public" },
    tenancy: "public: the single-use token is the authorisation, and it is bound to the invited email",
  },
  "lib/members/actions#updateMemberRoleAction": {
    schema: ZUpdateMemberRoleInput,
    input: async (w) => ({ organisationId: w.victim.organisationId, membershipId: (await freshMember(w)).membership.id, role: "ADMIN" }),
    allowed: admin,
  },
  "lib/members/actions#removeMemberAction": {
    schema: ZRemoveMemberInput,
    input: async (w) => ({ organisationId: w.victim.organisationId, membershipId: (await freshMember(w)).membership.id }),
    allowed: admin,
  },
  "lib/mfa/actions#startMfaEnrolmentAction": {
    schema: ZStartMfaEnrolmentInput,
    input: () => ({}),
    allowed: admin,
    tenancy: "account-level: starts a second factor for the caller's own account; addresses no organisation",
  },
  "lib/mfa/actions#confirmMfaEnrolmentAction": {
    schema: ZConfirmMfaEnrolmentInput,
    input: () => ({ code: "123456" }),
    allowed: { none: "needs a code from the caller's own authenticator app" },
    tenancy: "account-level: confirms the caller's own second factor; addresses no organisation",
  },
  "lib/mfa/actions#verifyMfaChallengeAction": {
    schema: ZMfaChallengeInput,
    input: () => ({ code: "123456" }),
    allowed: { none: "only a session waiting for its second factor may call it; the test's actors are signed in" },
    tenancy: "account-level: the second sign-in step of the caller's own session; addresses no organisation",
  },
  "lib/mfa/actions#disableMfaAction": {
    schema: ZDisableMfaInput,
    input: () => ({ password: TEST_PASSWORD, code: "123456" }),
    allowed: { none: "needs a code from the caller's own authenticator app" },
    tenancy: "account-level: turns off the caller's own second factor; addresses no organisation",
  },
  "lib/mfa/actions#setOrganisationMfaAction": {
    schema: ZSetOrganisationMfaInput,
    input: (w) => ({ organisationId: w.victim.organisationId, requireMfa: false }),
    allowed: admin,
  },
  "lib/organisations/actions#createOrganisationAction": {
    schema: ZCreateOrganisationInput,
    input: () => ({ name: "Another organisation" }),
    allowed: admin,
    tenancy: "creates a new organisation owned by the caller; addresses no existing one",
  },
  "lib/parties/actions#createPartyAction": {
    schema: ZCreatePartyInput,
    input: (w) => ({ assessmentId: w.victim.assessmentId, name: "Planted", actors: ["security-team"] }),
    allowed: admin,
  },
  "lib/parties/actions#updatePartyAction": {
    schema: ZUpdatePartyInput,
    input: (w) => ({ assessmentId: w.victim.assessmentId, partyId: w.victim.partyId, name: "Renamed", actors: ["application-teams"] }),
    allowed: admin,
  },
  "lib/parties/actions#removePartyAction": {
    schema: ZRemovePartyInput,
    input: async (w) => ({ assessmentId: w.victim.assessmentId, partyId: (await freshParty(w)).id }),
    allowed: admin,
  },
  "lib/parties/actions#addParticipantAction": {
    schema: ZAddParticipantInput,
    input: async (w) => ({ assessmentId: w.victim.assessmentId, partyId: w.victim.partyId, userId: (await freshMember(w)).member.userId }),
    allowed: admin,
  },
  "lib/parties/actions#inviteGuestAction": {
    schema: ZInviteGuestInput,
    input: (w) => ({ assessmentId: w.victim.assessmentId, partyId: w.victim.partyId, email: unique("guest") }),
    allowed: admin,
  },
  "lib/parties/actions#removeParticipantAction": {
    schema: ZRemoveParticipantInput,
    input: async (w) => {
      const { addMemberParticipant } = await import("@/lib/parties/participants");
      const { db } = await import("@/lib/db/client");
      const { member } = await freshMember(w);
      const party = await freshParty(w);
      await addMemberParticipant({ userId: w.victim.admin.id, input: { assessmentId: w.victim.assessmentId, partyId: party.id, userId: member.userId } });
      const participant = await (await db()).participant.findFirstOrThrow({ where: { partyId: party.id } });
      return { assessmentId: w.victim.assessmentId, participantId: participant.id };
    },
    allowed: admin,
  },
  "lib/programs/actions#createProgramAction": {
    schema: ZCreateProgramInput,
    input: (w) => ({ organisationId: w.victim.organisationId, name: "Planted program", platform: "MOSIP", description: "" }),
    allowed: admin,
  },
  "lib/raci/actions#setRaciCellAction": {
    schema: ZSetRaciCellInput,
    input: (w) => ({ assessmentId: w.victim.assessmentId, rowKey: "network", actorId: "security-team", role: "C" }),
    allowed: admin,
  },
  "lib/raci/actions#addRaciOverrideAction": {
    schema: ZRaciOverrideInput,
    input: (w) => ({ assessmentId: w.victim.assessmentId, practiceId: "NET-1.3" }),
    allowed: admin,
  },
  "lib/raci/actions#removeRaciOverrideAction": {
    schema: ZRaciOverrideInput,
    input: async (w) => {
      const { addRaciOverride } = await import("@/lib/raci/edit-raci");
      await addRaciOverride({ userId: w.victim.admin.id, input: { assessmentId: w.victim.assessmentId, practiceId: "NET-1.4" } });
      return { assessmentId: w.victim.assessmentId, practiceId: "NET-1.4" };
    },
    allowed: admin,
  },
  "lib/raci/actions#resetRaciAction": {
    schema: ZResetRaciInput,
    input: (w) => ({ assessmentId: w.victim.assessmentId }),
    allowed: admin,
  },
  "lib/readiness/actions#setIsmsItemStatusAction": {
    schema: ZSetIsmsItemStatusInput,
    input: (w) => ({ assessmentId: w.victim.assessmentId, itemId: "ISMS-4.1", status: "MISSING", evidence: "", version: 0 }),
    allowed: admin,
  },
  "lib/roadmap/actions#regenerateRoadmapAction": {
    schema: ZRegenerateRoadmapInput,
    input: (w) => ({ assessmentId: w.victim.assessmentId }),
    allowed: admin,
  },
  "lib/roadmap/actions#setPhaseRuleAction": {
    schema: ZSetPhaseRuleInput,
    input: (w) => ({ assessmentId: w.victim.assessmentId, baseline: "layer", escalation: "critical" }),
    allowed: admin,
  },
  "lib/roadmap/actions#updateRoadmapItemAction": {
    schema: ZUpdateRoadmapItemInput,
    input: (w) => ({
      assessmentId: w.victim.assessmentId,
      itemId: w.victim.roadmapItemId,
      ownerPartyId: w.victim.partyId,
      dueDate: "2027-01-31",
      status: "IN_PROGRESS",
      notes: "planted",
    }),
    allowed: admin,
  },
  "lib/routing/actions#confirmAnswerAction": {
    schema: ZConfirmAnswerInput,
    input: (w) => ({ assessmentId: w.victim.assessmentId, practiceId: w.victim.answeredPracticeId, version: w.victim.answerVersion }),
    allowed: { none: "only a participant of the Accountable party may confirm; the RACI suite covers that rule" },
  },
  "lib/team-plan/actions#setStaffedRolesAction": {
    schema: ZSetStaffedRolesInput,
    input: (w) => ({ assessmentId: w.victim.assessmentId, staffedRoles: ["it-administrator"] }),
    allowed: admin,
  },
};
