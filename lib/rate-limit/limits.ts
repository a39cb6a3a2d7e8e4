import { env } from "@/lib/env";
import { parseRule, type RateLimitRule } from "./window";

// Each limit and what it counts per: a client (its address, hashed), an email (hashed) or a user.
export const RATE_LIMITS = {
  signInClient: "RATE_LIMIT_SIGN_IN_CLIENT",
  signInEmail: "RATE_LIMIT_SIGN_IN_EMAIL",
  signUp: "RATE_LIMIT_SIGN_UP",
  invitationCreate: "RATE_LIMIT_INVITATION_CREATE",
  invitationAccept: "RATE_LIMIT_INVITATION_ACCEPT",
  verify: "RATE_LIMIT_VERIFY",
  export: "RATE_LIMIT_EXPORT",
} as const;

export type RateLimitName = keyof typeof RATE_LIMITS;

export function rateLimitRule(name: RateLimitName): RateLimitRule {
  return parseRule(env()[RATE_LIMITS[name]]);
}
