import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUp } from "@/lib/accounts/sign-up";
import { AppError } from "@/lib/errors";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { getMembersPage } from "@/lib/members/queries";
import { removeMember, updateMemberRole } from "@/lib/members/change-membership";
import { getOrganisationHome, listMyOrganisations } from "@/lib/organisations/queries";
import { createTestDatabase } from "../support/test-database";
import { createAccount, TEST_PASSWORD } from "../support/factories";

async function expectAppError(promise: Promise<unknown>, code: string, messageKey?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (messageKey) expect((error as AppError).messageKey).toBe(messageKey);
}

describe("accounts and tenancy", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.dispose());

  it("sign-up creates a user, an organisation and an admin membership", async () => {
    const account = await createAccount("founder");
    const membership = await database.prisma.membership.findUniqueOrThrow({
      where: { userId_organisationId: { userId: account.userId, organisationId: account.organisationId } },
      include: { organisation: true, user: true },
    });
    expect(membership.role).toBe("ADMIN");
    expect(membership.organisation.name).toBe("Org founder");
    expect(membership.user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(membership.user.passwordHash).not.toContain(TEST_PASSWORD);
  });

  it("refuses a duplicate email (any case) and a common password, creating nothing", async () => {
    const account = await createAccount("dup");
    const before = await database.prisma.organisation.count();
    await expectAppError(
      signUp({ name: "Again", email: account.email.toUpperCase(), password: TEST_PASSWORD, organisationName: "Twice" }),
      "CONFLICT",
      "emailTaken",
    );
    await expectAppError(
      signUp({ name: "Weak", email: "weak@test.example", password: "password123456", organisationName: "Weak org" }),
      "BAD_INPUT",
    );
    expect(await database.prisma.organisation.count()).toBe(before);
    expect(await database.prisma.user.count({ where: { email: "weak@test.example" } })).toBe(0);
  });

  it("refuses reads of another organisation as not found", async () => {
    const a = await createAccount("reader-a");
    const b = await createAccount("reader-b");
    await expectAppError(getOrganisationHome({ userId: b.userId, organisationId: a.organisationId }), "NOT_FOUND", "organisationNotFound");
    await expectAppError(getMembersPage({ userId: b.userId, organisationId: a.organisationId }), "NOT_FOUND");
    expect((await listMyOrganisations(b.userId)).map((o) => o.id)).toEqual([b.organisationId]);
  });

  it("refuses writes into another organisation and changes nothing", async () => {
    const a = await createAccount("writer-a");
    const b = await createAccount("writer-b");
    const aAdmin = await database.prisma.membership.findFirstOrThrow({ where: { organisationId: a.organisationId } });
    const invitationsBefore = await database.prisma.invitation.count();

    await expectAppError(
      createInvitation({ userId: b.userId, input: { organisationId: a.organisationId, email: "x@test.example", role: "ADMIN" } }),
      "NOT_FOUND",
    );
    await expectAppError(
      updateMemberRole({ userId: b.userId, input: { organisationId: a.organisationId, membershipId: aAdmin.id, role: "VIEWER" } }),
      "NOT_FOUND",
    );
    // A foreign membership id through one's own organisation is not found either.
    await expectAppError(
      removeMember({ userId: b.userId, input: { organisationId: b.organisationId, membershipId: aAdmin.id } }),
      "NOT_FOUND",
      "memberNotFound",
    );
    const invitation = await createInvitation({
      userId: a.userId,
      input: { organisationId: a.organisationId, email: "guest@test.example", role: "VIEWER" },
    });
    await expectAppError(revokeInvitation({ userId: b.userId, organisationId: b.organisationId, invitationId: invitation.id }), "NOT_FOUND");

    expect(await database.prisma.invitation.count()).toBe(invitationsBefore + 1);
    expect((await database.prisma.membership.findUniqueOrThrow({ where: { id: aAdmin.id } })).role).toBe("ADMIN");
  });

  it("refuses member management to non-admin members", async () => {
    const owner = await createAccount("owner");
    const viewer = await createAccount("viewer");
    await database.prisma.membership.create({ data: { userId: viewer.userId, organisationId: owner.organisationId, role: "VIEWER" } });
    await expectAppError(getMembersPage({ userId: viewer.userId, organisationId: owner.organisationId }), "FORBIDDEN");
    await expectAppError(
      createInvitation({ userId: viewer.userId, input: { organisationId: owner.organisationId, email: "v@test.example", role: "ADMIN" } }),
      "FORBIDDEN",
    );
  });

  it("never leaves an organisation without an admin", async () => {
    const solo = await createAccount("solo");
    const membership = await database.prisma.membership.findFirstOrThrow({ where: { userId: solo.userId } });
    await expectAppError(
      updateMemberRole({ userId: solo.userId, input: { organisationId: solo.organisationId, membershipId: membership.id, role: "VIEWER" } }),
      "CONFLICT",
      "lastAdmin",
    );
    await expectAppError(
      removeMember({ userId: solo.userId, input: { organisationId: solo.organisationId, membershipId: membership.id } }),
      "CONFLICT",
      "lastAdmin",
    );
  });
});
