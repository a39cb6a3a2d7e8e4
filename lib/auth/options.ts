import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { createAuthSession, revokeAuthSession, touchAuthSession } from "./auth-sessions";
import { ZSignInInput } from "./schema";
import { authSecret } from "./secret";
import { verifyCredentials } from "./verify-credentials";

// Built on first use, not at import: the build must not need the secret.
let options: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  options ??= buildOptions();
  return options;
}

function buildOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
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
            return await verifyCredentials(parsed.data);
          } catch (error) {
            // next-auth hands a thrown message to the client as `error`: only ever a known code.
            if (error instanceof AppError && error.code === "LOCKED") throw new Error("LOCKED");
            logger.error({ err: error }, "sign-in failed unexpectedly");
            throw new Error("UNAVAILABLE");
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) return { sub: user.id, sid: await createAuthSession(user.id) };
        if (typeof token.sid !== "string") return {};
        const live = await touchAuthSession(token.sid);
        return live && live.userId === token.sub ? token : {};
      },
      async session({ session, token }) {
        const user = typeof token.sid === "string" && token.sub ? { id: token.sub, sessionId: token.sid } : undefined;
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
