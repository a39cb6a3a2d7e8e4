import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate-api-token";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { getApiTokensPage } from "@/lib/api-tokens/queries";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { ZCreateApiTokenInput } from "@/lib/api-tokens/schema";
import { AppError } from "@/lib/errors";
import { createTestDatabase } from "../support/test-database";
import { createAccount, joinAs } from "../support/factories";

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function expectInvalid(authorization: string | null) {
  const error = await errorOf(authenticateApiToken(authorization));
  expect(error).toMatchObject({ code: "UNAUTHENTICATED", messageKey: "apiTokenInvalid" });
}

const bearer = (token: string) => `Bearer ${token}`;

describe("API tokens", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.dispose());

  const mint = (account: { userId: string; organisationId: string }, name = "CI", expiresInDays?: number) =>
    createApiToken({ userId: account.userId, input: { organisationId: account.organisationId, name, expiresInDays } });

  it("returns the token once and stores only its SHA-256 and a short prefix", async () => {
    const owner = await createAccount("tok-hash");
    const created = await mint(owner, "  Nightly export  ", 30);
    expect(created.token).toMatch(/^lw_[A-Za-z0-9_-]{43}$/);
    const row = await database.prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(created.token).digest("hex"));
    expect(row.prefix).toBe(created.token.slice(3, 11));
    expect(JSON.stringify(row)).not.toContain(created.token.slice(3));
    expect(row).toMatchObject({ name: "Nightly export", userId: owner.userId, organisationId: owner.organisationId, revokedAt: null });
    const days = (row.expiresAt!.getTime() - row.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(30, 2);
    expect((await mint(owner)).expiresAt).toBeNull();
  });

  it("validates names and expiry with the shared schema", () => {
    const base = { organisationId: "abc123" };
    expect(ZCreateApiTokenInput.safeParse({ ...base, name: "ok", expiresInDays: 365 }).success).toBe(true);
    for (const bad of [{ name: "   " }, { name: "x".repeat(81) }, { name: "ok", expiresInDays: 0 }, { name: "ok", expiresInDays: 366 }]) {
      expect(ZCreateApiTokenInput.safeParse({ ...base, ...bad }).success).toBe(false);
    }
  });

  it("creates tokens only for members, and lists only the caller's own", async () => {
    const owner = await createAccount("tok-list");
    const colleague = await joinAs({ organisationId: owner.organisationId, label: "tok-colleague", role: "VIEWER" });
    const outsider = await createAccount("tok-outsider");
    const mine = await mint(owner, "mine");
    await mint({ userId: colleague.userId, organisationId: owner.organisationId }, "theirs");
    const error = await errorOf(createApiToken({ userId: outsider.userId, input: { organisationId: owner.organisationId, name: "x" } }));
    expect(error.code).toBe("NOT_FOUND");

    const page = await getApiTokensPage({ userId: owner.userId, organisationId: owner.organisationId });
    expect(page.tokens.map((t) => t.name)).toEqual(["mine"]);
    expect(page.tokens[0]).toMatchObject({ id: mine.id, prefix: mine.prefix, revoked: false, expired: false, lastUsedAt: null });
    expect(Object.keys(page.tokens[0]!)).not.toContain("tokenHash");
  });

  it("authenticates a valid token as its owner in its organisation, noting use at most once a minute", async () => {
    const owner = await createAccount("tok-auth");
    const { id, token } = await mint(owner);
    const principal = await authenticateApiToken(bearer(token));
    expect(principal).toEqual({ tokenId: id, userId: owner.userId, organisationId: owner.organisationId, role: "ADMIN" });
    expect(await authenticateApiToken(`bearer   ${token}`)).toEqual(principal);

    const first = (await database.prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    expect(first).not.toBeNull();
    await authenticateApiToken(bearer(token));
    expect((await database.prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(first);

    const longAgo = new Date(Date.now() - 5 * 60_000);
    await database.prisma.apiToken.update({ where: { id }, data: { lastUsedAt: longAgo } });
    await authenticateApiToken(bearer(token));
    const later = (await database.prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt!;
    expect(later.getTime()).toBeGreaterThan(longAgo.getTime() + 60_000);
  });

  it("refuses missing, garbage, unknown, revoked and expired tokens, and tokens of former members", async () => {
    const owner = await createAccount("tok-refuse");
    const { token } = await mint(owner);
    for (const header of [null, "", "Bearer", `Basic ${token}`, token, "Bearer not-a-token", `Bearer ${token}x`, `Bearer lw_${"A".repeat(43)}`]) {
      await expectInvalid(header);
    }

    const revoked = await mint(owner, "revoked");
    await revokeApiToken({ userId: owner.userId, input: { organisationId: owner.organisationId, tokenId: revoked.id } });
    await expectInvalid(bearer(revoked.token));

    const expired = await mint(owner, "expired", 1);
    await database.prisma.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectInvalid(bearer(expired.token));

    const leaver = await joinAs({ organisationId: owner.organisationId, label: "tok-leaver", role: "ASSESSOR" });
    const leaverToken = await mint({ userId: leaver.userId, organisationId: owner.organisationId });
    expect((await authenticateApiToken(bearer(leaverToken.token))).role).toBe("ASSESSOR");
    await database.prisma.membership.deleteMany({ where: { userId: leaver.userId, organisationId: owner.organisationId } });
    await expectInvalid(bearer(leaverToken.token));

    await expect(authenticateApiToken(bearer(token))).resolves.toMatchObject({ userId: owner.userId });
  });

  it("lets the owner or an admin revoke, and refuses everyone else as not found", async () => {
    const admin = await createAccount("tok-revoke");
    const member = await joinAs({ organisationId: admin.organisationId, label: "tok-member", role: "ASSESSOR" });
    const other = await joinAs({ organisationId: admin.organisationId, label: "tok-other", role: "ASSESSOR" });
    const foreignAdmin = await createAccount("tok-foreign");
    const inOrg = { userId: member.userId, organisationId: admin.organisationId };
    const memberToken = await mint(inOrg);
    const revoke = (userId: string, organisationId: string, tokenId: string) =>
      revokeApiToken({ userId, input: { organisationId, tokenId } });

    for (const attempt of [
      () => revoke(other.userId, admin.organisationId, memberToken.id),
      () => revoke(foreignAdmin.userId, foreignAdmin.organisationId, memberToken.id),
      () => revoke(foreignAdmin.userId, admin.organisationId, memberToken.id),
      () => revoke(member.userId, admin.organisationId, "nosuchtoken"),
    ]) {
      expect((await errorOf(attempt())).code).toBe("NOT_FOUND");
    }
    await expect(authenticateApiToken(bearer(memberToken.token))).resolves.toMatchObject({ userId: member.userId });

    await revoke(member.userId, admin.organisationId, memberToken.id);
    await revoke(member.userId, admin.organisationId, memberToken.id);
    await expectInvalid(bearer(memberToken.token));
    const page = await getApiTokensPage({ userId: member.userId, organisationId: admin.organisationId });
    expect(page.tokens[0]).toMatchObject({ revoked: true });

    const second = await mint(inOrg, "second");
    await revoke(admin.userId, admin.organisationId, second.id);
    await expectInvalid(bearer(second.token));
  });
});
