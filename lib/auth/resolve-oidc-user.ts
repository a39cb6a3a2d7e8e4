import "server-only";
import { db } from "@/lib/db/client";
import type { OidcClaims } from "./oidc-claims";
import { normaliseEmail } from "./normalise-email";

// Finds the account for a single sign-on identity: the one already linked to this issuer and
// subject; else the account with the same (provider-verified) email, which is then linked; else a
// new account with no password and no organisation, which joins organisations by invitation.
export async function resolveOidcUser(options: { issuer: string; claims: OidcClaims }): Promise<string> {
  const { issuer, claims } = options;
  const prisma = await db();
  const linked = await prisma.oidcIdentity.findUnique({
    where: { issuer_subject: { issuer, subject: claims.subject } },
    select: { userId: true },
  });
  if (linked) return linked.userId;
  const email = normaliseEmail(claims.email);
  const identity = { issuer, subject: claims.subject };
  const user = await prisma.user.upsert({
    where: { email },
    create: { email, name: claims.name ?? email.split("@")[0]!, oidcIdentities: { create: identity } },
    update: { oidcIdentities: { create: identity } },
    select: { id: true },
  });
  return user.id;
}
