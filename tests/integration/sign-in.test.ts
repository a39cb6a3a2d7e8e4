import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuthSession, revokeAuthSession, touchAuthSession } from "@/lib/auth/auth-sessions";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { AppError } from "@/lib/errors";
import { createTestDatabase } from "../support/test-database";
import { createAccount, TEST_PASSWORD } from "../support/factories";

describe("sign-in", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.dispose());

  it("accepts the right password with any email case", async () => {
    const account = await createAccount("signin");
    const user = await verifyCredentials({ email: account.email.toUpperCase(), password: TEST_PASSWORD });
    expect(user?.id).toBe(account.userId);
  });

  it("locks after five failures, for known and unknown emails alike", async () => {
    const account = await createAccount("lock");
    for (const email of [account.email, "nobody-here@test.example"]) {
      for (let i = 0; i < 4; i++) expect(await verifyCredentials({ email, password: "wrong password!" })).toBeNull();
      const fifth = await verifyCredentials({ email, password: "wrong password!" }).catch((e: unknown) => e);
      expect(fifth).toBeInstanceOf(AppError);
      expect((fifth as AppError).code).toBe("LOCKED");
    }
    const locked = await verifyCredentials({ email: account.email, password: TEST_PASSWORD }).catch((e: unknown) => e);
    expect((locked as AppError).code).toBe("LOCKED");
  });

  it("lets the right password in again once the lock has passed", async () => {
    const account = await createAccount("unlock");
    for (let i = 0; i < 5; i++) await verifyCredentials({ email: account.email, password: "wrong password!" }).catch(() => null);
    await database.prisma.rateLimitBucket.updateMany({ data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect((await verifyCredentials({ email: account.email, password: TEST_PASSWORD }))?.id).toBe(account.userId);
  });

  it("ends sessions on sign-out and on inactivity", async () => {
    const account = await createAccount("session");
    const sessionId = await createAuthSession(account.userId);
    expect(await touchAuthSession(sessionId)).toEqual({ userId: account.userId, stage: "active" });

    await revokeAuthSession(sessionId);
    expect(await touchAuthSession(sessionId)).toBeNull();

    const idle = await createAuthSession(account.userId);
    await database.prisma.authSession.update({ where: { id: idle }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await touchAuthSession(idle)).toBeNull();
    expect(await touchAuthSession("not-a-session")).toBeNull();
  });
});
