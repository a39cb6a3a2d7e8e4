import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { acceptInvitation, acceptInvitationWithSignUp } from "@/lib/invitations/accept-invitation";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { createTestDatabase } from "../support/test-database";
import { createAccount, TEST_PASSWORD } from "../support/factories";

const tokenOf = (link: string) => link.split("/invitations/")[1]!;

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("invitations", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.dispose());

  it("stores only a hash of the token and expires after the configured hours", async () => {
    const admin = await createAccount("inv-admin");
    const created = await createInvitation({
      userId: admin.userId,
      input: { organisationId: admin.organisationId, email: "Reviewer@Test.Example", role: "REVIEWER" },
    });
    const row = await database.prisma.invitation.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).not.toContain(tokenOf(created.link));
    expect(row.email).toBe("reviewer@test.example");
    const hours = (row.expiresAt.getTime() - row.createdAt.getTime()) / 3_600_000;
    expect(hours).toBeCloseTo(72, 1);
  });

  it("accepts once with sign-up, giving the invited role; a second use is refused", async () => {
    const admin = await createAccount("inv-once");
    const { link } = await createInvitation({
      userId: admin.userId,
      input: { organisationId: admin.organisationId, email: "newbie@test.example", role: "ASSESSOR" },
    });
    const token = tokenOf(link);
    const result = await acceptInvitationWithSignUp({ token, name: "Newbie", email: "newbie@test.example", password: TEST_PASSWORD });
    expect(result.organisationId).toBe(admin.organisationId);
    const membership = await database.prisma.membership.findFirstOrThrow({ where: { user: { email: "newbie@test.example" } } });
    expect(membership.role).toBe("ASSESSOR");

    const other = await createAccount("inv-second");
    const reuse = await errorOf(acceptInvitation({ userId: other.userId, token }));
    expect(reuse.messageKey).toBe("invitation.accepted");
  });

  it("refuses expired, revoked and wrong-email acceptances, changing nothing", async () => {
    const admin = await createAccount("inv-refuse");
    const invitee = await createAccount("inv-invitee");
    const make = (email: string) =>
      createInvitation({ userId: admin.userId, input: { organisationId: admin.organisationId, email, role: "VIEWER" } });

    const expired = await make(invitee.email);
    await database.prisma.invitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await errorOf(acceptInvitation({ userId: invitee.userId, token: tokenOf(expired.link) }))).messageKey).toBe("invitation.expired");

    const revoked = await make("someone-else@test.example");
    await revokeInvitation({ userId: admin.userId, organisationId: admin.organisationId, invitationId: revoked.id });
    const revokedError = await errorOf(acceptInvitation({ userId: invitee.userId, token: tokenOf(revoked.link) }));
    expect(revokedError.messageKey).toBe("invitation.revoked");

    const forOther = await make("third-person@test.example");
    const mismatch = await errorOf(acceptInvitation({ userId: invitee.userId, token: tokenOf(forOther.link) }));
    expect(mismatch.messageKey).toBe("invitationEmailMismatch");

    expect(await database.prisma.membership.count({ where: { userId: invitee.userId, organisationId: admin.organisationId } })).toBe(0);
    expect((await database.prisma.invitation.findUniqueOrThrow({ where: { id: forOther.id } })).acceptedAt).toBeNull();
  });

  it("lets an existing user join a second organisation", async () => {
    const admin = await createAccount("inv-second-org");
    const member = await createAccount("inv-member");
    const { link } = await createInvitation({
      userId: admin.userId,
      input: { organisationId: admin.organisationId, email: member.email, role: "REVIEWER" },
    });
    await acceptInvitation({ userId: member.userId, token: tokenOf(link) });
    const orgs = await database.prisma.membership.findMany({ where: { userId: member.userId } });
    expect(orgs.map((m) => m.organisationId).sort()).toEqual([admin.organisationId, member.organisationId].sort());
  });
});
