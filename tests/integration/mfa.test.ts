import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate-api-token";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { createAuthSession, touchAuthSession } from "@/lib/auth/auth-sessions";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { sealedKeyId } from "@/lib/crypto/envelope";
import { AppError } from "@/lib/errors";
import { confirmMfaEnrolment } from "@/lib/mfa/confirm-mfa-enrolment";
import { disableMfa } from "@/lib/mfa/disable-mfa";
import { getMfaStatus } from "@/lib/mfa/get-mfa-status";
import { startMfaEnrolment } from "@/lib/mfa/start-mfa-enrolment";
import { totpCode } from "@/lib/mfa/totp";
import { verifyMfaChallenge } from "@/lib/mfa/verify-mfa-challenge";
import { setOrganisationMfa } from "@/lib/organisations/set-organisation-mfa";
import { createAccount, joinAs, TEST_PASSWORD } from "../support/factories";
import { createTestDatabase } from "../support/test-database";

const codeAt = (secret: string, offsetSeconds = 0) => totpCode({ secret, now: new Date(Date.now() + offsetSeconds * 1000) });

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("multi-factor authentication", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.dispose());

  async function enrolled(label: string) {
    const account = await createAccount(label);
    const sessionId = await createAuthSession(account.userId);
    const { secret } = await startMfaEnrolment({ userId: account.userId });
    const { recoveryCodes } = await confirmMfaEnrolment({ userId: account.userId, sessionId, code: codeAt(secret) });
    return { ...account, secret, recoveryCodes, sessionId };
  }

  it("enrols: the seed is stored encrypted, a code confirms it, ten recovery codes are shown once and stored hashed", async () => {
    const account = await createAccount("enrol");
    const sessionId = await createAuthSession(account.userId);
    const enrolment = await startMfaEnrolment({ userId: account.userId });
    expect(enrolment.uri).toContain(`secret=${enrolment.secret}`);
    expect(enrolment.qr.path.length).toBeGreaterThan(100);
    const [sealed] = await database.raw.query<{ mfaSecret: string }>(`SELECT "mfaSecret" FROM "User" WHERE "id" = $1`, [account.userId]);
    expect(sealedKeyId(sealed!.mfaSecret)).not.toBeNull();
    expect(sealed!.mfaSecret).not.toContain(enrolment.secret);
    const row = await database.prisma.user.findUniqueOrThrow({ where: { id: account.userId } });
    expect(row.mfaSecret).toBe(enrolment.secret);
    expect(row.mfaEnabledAt).toBeNull();

    const wrong = await failure(confirmMfaEnrolment({ userId: account.userId, sessionId, code: "000000" === codeAt(enrolment.secret) ? "111111" : "000000" }));
    expect(wrong.fieldErrors).toEqual({ code: ["mfa.codeInvalid"] });

    const { recoveryCodes } = await confirmMfaEnrolment({ userId: account.userId, sessionId, code: codeAt(enrolment.secret) });
    expect(recoveryCodes).toHaveLength(10);
    const stored = await database.prisma.mfaRecoveryCode.findMany({ where: { userId: account.userId } });
    expect(stored).toHaveLength(10);
    for (const code of recoveryCodes) expect(stored.map((s) => s.codeHash)).not.toContain(code);
    expect((await getMfaStatus({ userId: account.userId })).recoveryCodesLeft).toBe(10);
    // The enrolling session has shown the factor; a new sign-in has not.
    expect((await touchAuthSession(sessionId))?.stage).toBe("active");
    expect((await touchAuthSession(await createAuthSession(account.userId)))?.stage).toBe("mfa-pending");
    expect((await failure(startMfaEnrolment({ userId: account.userId }))).messageKey).toBe("mfaAlreadyEnabled");
  });

  it("holds a new session at the second step until a valid, unused code is given", async () => {
    const account = await enrolled("challenge");
    const sessionId = await createAuthSession(account.userId);
    // The enrolment code's time step is spent.
    const { mfaLastStep } = await database.prisma.user.findUniqueOrThrow({ where: { id: account.userId } });
    const spent = totpCode({ secret: account.secret, now: new Date(mfaLastStep! * 30_000) });
    const replay = await failure(verifyMfaChallenge({ userId: account.userId, sessionId, code: spent }));
    expect(replay.fieldErrors).toEqual({ code: ["mfa.codeReplayed"] });
    expect((await touchAuthSession(sessionId))?.stage).toBe("mfa-pending");

    const passed = await verifyMfaChallenge({ userId: account.userId, sessionId, code: codeAt(account.secret, 30) });
    expect(passed.recoveryCodesLeft).toBeNull();
    // The completed sign-in runs on a new session; the half-signed-in one is over.
    expect(passed.sessionId).not.toBe(sessionId);
    expect(await touchAuthSession(sessionId)).toBeNull();
    expect((await touchAuthSession(passed.sessionId))?.stage).toBe("active");
    // The absolute lifetime still counts from the password step.
    const [before, after] = await Promise.all(
      [sessionId, passed.sessionId].map((id) => database.prisma.authSession.findUniqueOrThrow({ where: { id } })),
    );
    expect(after!.createdAt).toEqual(before!.createdAt);
  });

  it("takes each recovery code once", async () => {
    const account = await enrolled("recovery");
    const first = await createAuthSession(account.userId);
    const code = account.recoveryCodes[3]!;
    const passed = await verifyMfaChallenge({ userId: account.userId, sessionId: first, code: code.toUpperCase() });
    expect(passed.recoveryCodesLeft).toBe(9);
    expect((await touchAuthSession(passed.sessionId))?.stage).toBe("active");

    const second = await createAuthSession(account.userId);
    const reused = await failure(verifyMfaChallenge({ userId: account.userId, sessionId: second, code }));
    expect(reused.fieldErrors).toEqual({ code: ["mfa.codeInvalid"] });
    expect((await touchAuthSession(second))?.stage).toBe("mfa-pending");
  });

  it("counts wrong codes toward the sign-in lockout and ends the half-signed-in session when it locks", async () => {
    const account = await enrolled("mfa-lock");
    // Three wrong passwords, then the right one: the counter is kept for an enrolled user...
    for (let i = 0; i < 3; i++) expect(await verifyCredentials({ email: account.email, password: "wrong password!" })).toBeNull();
    expect((await verifyCredentials({ email: account.email, password: TEST_PASSWORD }))?.id).toBe(account.userId);
    const sessionId = await createAuthSession(account.userId);
    // ...so one wrong code is the fourth failure, and the fifth locks.
    expect((await failure(verifyMfaChallenge({ userId: account.userId, sessionId, code: "12345a" }))).code).toBe("BAD_INPUT");
    const locked = await failure(verifyMfaChallenge({ userId: account.userId, sessionId, code: "999999" === codeAt(account.secret, 30) ? "888888" : "999999" }));
    expect(locked.code).toBe("LOCKED");
    expect(await touchAuthSession(sessionId)).toBeNull();
    expect((await failure(verifyCredentials({ email: account.email, password: TEST_PASSWORD }))).code).toBe("LOCKED");
  });

  it("turns MFA off only with the password and a current code", async () => {
    const account = await enrolled("disable");
    const badPassword = await failure(disableMfa({ userId: account.userId, sessionId: account.sessionId, password: "not my password", code: codeAt(account.secret, 30) }));
    expect(badPassword.fieldErrors).toEqual({ password: ["mfa.passwordWrong"] });
    const badCode = await failure(disableMfa({ userId: account.userId, sessionId: account.sessionId, password: TEST_PASSWORD, code: "12345x" }));
    expect(badCode.fieldErrors).toEqual({ code: ["mfa.codeInvalid"] });
    expect((await getMfaStatus({ userId: account.userId })).enabledAt).not.toBeNull();

    const elsewhere = await createAuthSession(account.userId);
    await disableMfa({ userId: account.userId, sessionId: account.sessionId, password: TEST_PASSWORD, code: codeAt(account.secret, 30) });
    // The session that turned it off goes on; every other one has ended.
    expect((await touchAuthSession(account.sessionId))?.stage).toBe("active");
    expect(await touchAuthSession(elsewhere)).toBeNull();
    const row = await database.prisma.user.findUniqueOrThrow({ where: { id: account.userId } });
    expect([row.mfaSecret, row.mfaEnabledAt, row.mfaLastStep]).toEqual([null, null, null]);
    expect(await database.prisma.mfaRecoveryCode.count({ where: { userId: account.userId } })).toBe(0);
    expect((await touchAuthSession(await createAuthSession(account.userId)))?.stage).toBe("active");
  });

  it("lets an admin require MFA of every member, who is then sent to enrol", async () => {
    const admin = await createAccount("mfa-admin");
    const member = await joinAs({ organisationId: admin.organisationId, label: "mfa-member", role: "ASSESSOR" });
    const input = { organisationId: admin.organisationId, requireMfa: true };
    // The admin must have MFA first, and only an admin may switch it.
    expect((await failure(setOrganisationMfa({ userId: admin.userId, input }))).messageKey).toBe("mfaRequireOwnFirst");
    expect((await failure(setOrganisationMfa({ userId: member.userId, input }))).code).toBe("FORBIDDEN");
    const adminSession = await createAuthSession(admin.userId);
    const { secret } = await startMfaEnrolment({ userId: admin.userId });
    await confirmMfaEnrolment({ userId: admin.userId, sessionId: adminSession, code: codeAt(secret) });
    const memberSession = await createAuthSession(member.userId);
    expect((await touchAuthSession(memberSession))?.stage).toBe("active");
    const { token } = await createApiToken({ userId: member.userId, input: { organisationId: admin.organisationId, name: "ci" } });
    expect((await authenticateApiToken(`Bearer ${token}`)).userId).toBe(member.userId);

    await setOrganisationMfa({ userId: admin.userId, input });
    expect((await touchAuthSession(memberSession))?.stage).toBe("mfa-enrolment");
    // The member's API token stops working until they enrol.
    expect((await failure(authenticateApiToken(`Bearer ${token}`))).code).toBe("UNAUTHENTICATED");
    expect((await touchAuthSession(adminSession))?.stage).toBe("active");
    expect((await getMfaStatus({ userId: member.userId })).requiredBy).toEqual([`Org mfa-admin`]);

    const enrolment = await startMfaEnrolment({ userId: member.userId });
    await confirmMfaEnrolment({ userId: member.userId, sessionId: memberSession, code: codeAt(enrolment.secret) });
    expect((await touchAuthSession(memberSession))?.stage).toBe("active");
    expect((await authenticateApiToken(`Bearer ${token}`)).userId).toBe(member.userId);
    // While the organisation requires it, MFA cannot be turned off.
    const refused = await failure(disableMfa({ userId: member.userId, sessionId: memberSession, password: TEST_PASSWORD, code: codeAt(enrolment.secret, 30) }));
    expect(refused.messageKey).toBe("mfaRequiredByOrganisation");
  });
});
