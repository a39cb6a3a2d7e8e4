// next-auth sends single sign-on failures back to the sign-in page as ?error=<code>. Only known
// codes get a message; anything else in the URL is ignored rather than echoed.
const OIDC_FAILURES = new Set(["OAuthSignin", "OAuthCallback", "OAuthCreateAccount", "Callback", "AccessDenied", "Configuration"]);

export function signInErrorKey(error: string | undefined): "oidcEmailUnverified" | "oidcFailed" | null {
  if (error === "OidcEmailUnverified") return "oidcEmailUnverified";
  return error && OIDC_FAILURES.has(error) ? "oidcFailed" : null;
}
