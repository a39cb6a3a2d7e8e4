import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { AppError } from "@/lib/errors";
import { servedOverHttps } from "@/lib/http/served-over-https";
import { logger } from "@/lib/log";
import { enforceRateLimit, requestClient } from "@/lib/rate-limit/consume";
import { createAuthSession, revokeAuthSession, touchAuthSession } from "./auth-sessions";
import { normaliseEmail } from "./normalise-email";
import { parseOidcClaims } from "./oidc-claims";
import { OIDC_PROVIDER_ID, oidcConfig } from "./oidc-config";
import { oidcProvider } from "./oidc-provider";
import { resolveOidcUser } from "./resolve-oidc-user";
import { ZSignInInput } from "./schema";
import { authSecret } from "./secret";
import { isSessionStage } from "./session-stage";
import { verifyCredentials } from "./verify-credentials";

// Built on first use, not at import: the build must not need the secret.
let options: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  options ??= buildOptions();
  return options;
}

function buildOptions(): NextAuthOptions {
  const secure = servedOverHttps();
  const oidc = oidcConfig();
  return {
    secret: authSecret(),
    // Over https the session cookie is __Host-: Secure, whole site, never shared with a subdomain.
    useSecureCookies: secure,
    cookies: {
      sessionToken: {
        name: secure ? "__Host-layerwise.session" : "layerwise.session",
        options: { httpOnly: true, sameSite: "lax", path: "/", secure },
      },
    },
    // The JWT only carries the server-side session id; that record decides whether it is valid.
    session: { strategy: "jwt", maxAge: 24 * 60 * 60 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials) {
          const parsed = ZSignInInput.safeParse(credentials);
          if (!parsed.success) return null;
          try {
            // Attempts count per client and per email before the password is checked; the lockout
            // (failures only) stays on top.
            await enforceRateLimit({ name: "signInClient", subject: await requestClient() });
            await enforceRateLimit({ name: "signInEmail", subject: normaliseEmail(parsed.data.email) });
            return await verifyCredentials(parsed.data);
          } catch (error) {
            // next-auth hands a thrown message to the client as `error`: only ever a known code.
            if (error instanceof AppError && (error.code === "LOCKED" || error.code === "RATE_LIMITED")) throw new Error(error.code);
            logger.error({ err: error }, "sign-in failed unexpectedly");
            throw new Error("UNAVAILABLE");
          }
        },
      }),
      ...(oidc ? [oidcProvider(oidc)] : []),
    ],
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        return parseOidcClaims(profile) ? true : "/sign-in?error=OidcEmailUnverified";
      },
      async jwt({ token, user, account, profile }) {
        if (user) {
          const claims = account?.provider === OIDC_PROVIDER_ID && oidc ? parseOidcClaims(profile) : null;
          const userId = claims && oidc ? await resolveOidcUser({ issuer: oidc.issuer, claims }) : user.id;
          return { sub: userId, sid: await createAuthSession(userId) };
        }
        if (typeof token.sid !== "string") return {};
        const live = await touchAuthSession(token.sid);
        return live && live.userId === token.sub ? { ...token, stage: live.stage } : {};
      },
      async session({ session, token }) {
        const valid = typeof token.sid === "string" && token.sub && isSessionStage(token.stage);
        const user = valid ? { id: token.sub!, sessionId: token.sid!, stage: token.stage! } : undefined;
        return { expires: session.expires, user };
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeAuthSession(token.sid);
      },
    },
  };
}
