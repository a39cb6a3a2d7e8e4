"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authedAction, signInStepAction } from "@/lib/actions/define-action";
import { reissueSessionCookie } from "@/lib/auth/session-cookie";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { setOrganisationMfa } from "@/lib/organisations/set-organisation-mfa";
import { confirmMfaEnrolment } from "./confirm-mfa-enrolment";
import { disableMfa } from "./disable-mfa";
import { ZConfirmMfaEnrolmentInput, ZDisableMfaInput, ZMfaChallengeInput, ZSetOrganisationMfaInput, ZStartMfaEnrolmentInput } from "./schema";
import { startMfaEnrolment } from "./start-mfa-enrolment";
import { verifyMfaChallenge } from "./verify-mfa-challenge";

// Enrolment is open to an active session and to one its organisation holds at enrolment.
const ENROLLING = ["active", "mfa-enrolment"] as const;

export const startMfaEnrolmentAction = signInStepAction(ENROLLING, ZStartMfaEnrolmentInput, (_input, { session }) =>
  startMfaEnrolment({ userId: session.id }),
);

export const confirmMfaEnrolmentAction = signInStepAction(ENROLLING, ZConfirmMfaEnrolmentInput, (input, { session }) =>
  confirmMfaEnrolment({ userId: session.id, sessionId: session.sessionId, code: input.code }),
);

export const verifyMfaChallengeAction = signInStepAction(["mfa-pending"], ZMfaChallengeInput, async (input, { session }) => {
  const passed = await verifyMfaChallenge({ userId: session.id, sessionId: session.sessionId, code: input.code });
  await reissueSessionCookie({ userId: session.id, sessionId: passed.sessionId });
  // Redirected from here, not by the form: the new cookie re-renders the MFA page, which would race
  // a client-side navigation. After a recovery code, the security page says how many are left.
  redirect(passed.recoveryCodesLeft === null ? safeRedirectPath(input.callbackUrl) : "/account/security?recovery=used");
});

export const disableMfaAction = authedAction(ZDisableMfaInput, async (input, { user }) => {
  await disableMfa({ userId: user.id, sessionId: user.sessionId, password: input.password, code: input.code });
  revalidatePath("/account/security");
});

export const setOrganisationMfaAction = authedAction(ZSetOrganisationMfaInput, async (input, { user }) => {
  await setOrganisationMfa({ userId: user.id, input });
  revalidatePath(`/orgs/${input.organisationId}/settings/members`);
});
