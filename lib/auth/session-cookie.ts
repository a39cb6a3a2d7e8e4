import "server-only";
import { encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { authOptions } from "./options";

const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

// Re-issues next-auth's session cookie for a replacement session record, under the name the
// browser already holds (next-auth picks the __Secure- form on https), with next-auth's attributes.
export async function reissueSessionCookie(options: { userId: string; sessionId: string }): Promise<void> {
  const jar = await cookies();
  const name = SESSION_COOKIES.find((n) => jar.has(n));
  if (!name) return;
  const config = authOptions();
  const maxAge = config.session?.maxAge ?? 24 * 60 * 60;
  const value = await encode({ token: { sub: options.userId, sid: options.sessionId }, secret: config.secret!, maxAge });
  jar.set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure: name.startsWith("__Secure-"), maxAge });
}
