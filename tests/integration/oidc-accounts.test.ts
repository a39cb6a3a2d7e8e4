import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveOidcUser } from "@/lib/auth/resolve-oidc-user";
import { createAccount } from "../support/factories";
import { createTestDatabase } from "../support/test-database";

const issuer = "https://idp.example.gov/realms/state";

describe("single sign-on accounts", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.dispose());

  it("links a first sign-on to the account with the same verified email, whatever its case", async () => {
    const account = await createAccount("sso-link");
    const userId = await resolveOidcUser({ issuer, claims: { subject: "sub-1", email: account.email.toUpperCase(), name: "Ignored" } });
    expect(userId).toBe(account.userId);
    const identity = await database.prisma.oidcIdentity.findUniqueOrThrow({ where: { issuer_subject: { issuer, subject: "sub-1" } } });
    expect(identity.userId).toBe(account.userId);
    // The account keeps its name and password.
    const user = await database.prisma.user.findUniqueOrThrow({ where: { id: account.userId } });
    expect(user.name).toBe("User sso-link");
    expect(user.passwordHash).not.toBeNull();
  });

  it("finds a linked identity by issuer and subject, even after the email changed at the provider", async () => {
    const account = await createAccount("sso-again");
    await resolveOidcUser({ issuer, claims: { subject: "sub-2", email: account.email, name: null } });
    expect(await resolveOidcUser({ issuer, claims: { subject: "sub-2", email: "renamed@elsewhere.example", name: null } })).toBe(account.userId);
    expect(await database.prisma.user.count({ where: { email: "renamed@elsewhere.example" } })).toBe(0);
  });

  it("creates an account with no password and no organisation for a new person", async () => {
    const userId = await resolveOidcUser({ issuer, claims: { subject: "sub-3", email: "new.person@state.example", name: "New Person" } });
    const user = await database.prisma.user.findUniqueOrThrow({ where: { id: userId }, include: { memberships: true, oidcIdentities: true } });
    expect(user).toMatchObject({ email: "new.person@state.example", name: "New Person", passwordHash: null, memberships: [] });
    expect(user.oidcIdentities.map((i) => [i.issuer, i.subject])).toEqual([[issuer, "sub-3"]]);
  });

  it("keeps the same subject at another issuer apart", async () => {
    const first = await resolveOidcUser({ issuer, claims: { subject: "shared", email: "one@state.example", name: null } });
    const second = await resolveOidcUser({ issuer: "https://login.other.example/v2.0", claims: { subject: "shared", email: "two@state.example", name: null } });
    expect(second).not.toBe(first);
  });
});
