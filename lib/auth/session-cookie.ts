import "server-only";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { authOptions } from "./options";

// Re-issues the session cookie for a replacement session record, under the name and with the
// attributes the auth options give it (lib/auth/options.ts: __Host- over https), so the browser
// replaces the cookie it holds.
export async function reissueSessionCookie(options: { userId: string; sessionId: string }): Promise<void> {
  const config = authOptions();
  const cookie = config.cookies?.sessionToken;
  if (!cookie) throw new Error("authOptions() names no session cookie");
  const jar = await cookies();
  if (!jar.has(cookie.name)) return;
  const maxAge = config.session?.maxAge ?? 24 * 60 * 60;
  const value = await encode({ token: { sub: options.userId, sid: options.sessionId }, secret: config.secret!, maxAge });
  jar.set(cookie.name, value, { ...cookie.options, maxAge });
}
