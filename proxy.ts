import { NextResponse, type NextRequest } from "next/server";
import { servedOverHttps } from "@/lib/http/served-over-https";
import { API_CONTENT_SECURITY_POLICY, createNonce, pageContentSecurityPolicy } from "@/lib/http/security-headers";
import { env } from "@/lib/env";

// Content-Security-Policy only; never authorisation (that is checked where the data is read).
// Pages get a fresh nonce, which Next reads from the request's CSP header and puts on its scripts.
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/api/")) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
    return response;
  }
  const policy = pageContentSecurityPolicy({
    nonce: createNonce(),
    development: env().NODE_ENV === "development",
    upgradeInsecureRequests: servedOverHttps(),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Static build output needs no policy of its own (next.config.ts gives it the other headers).
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
