import { z } from "zod";

// Some providers send email_verified as the string "true".
const ZVerified = z.union([z.literal(true), z.literal("true")]);

const ZOidcClaims = z.object({
  sub: z.string().min(1).max(255),
  email: z.email().max(254),
  email_verified: ZVerified,
  name: z.string().trim().max(200).optional(),
});

export type OidcClaims = { subject: string; email: string; name: string | null };

// An identity is only ever matched to an account through an email the provider has verified:
// without email_verified, anyone able to set their email at the provider could take over an account.
export function parseOidcClaims(profile: unknown): OidcClaims | null {
  const parsed = ZOidcClaims.safeParse(profile);
  if (!parsed.success) return null;
  return { subject: parsed.data.sub, email: parsed.data.email, name: parsed.data.name || null };
}
