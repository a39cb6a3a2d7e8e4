import type { OAuthConfig } from "next-auth/providers/oauth";
import { OIDC_PROVIDER_ID, type OidcConfig } from "./oidc-config";

type OidcProfile = { sub: string; email?: string; name?: string };

// A standard OpenID Connect client (Keycloak, Azure AD, any certified provider): endpoints from
// discovery, authorization code flow with PKCE and state, and the ID token verified (signature,
// issuer, audience, expiry) by openid-client before any claim is read.
export function oidcProvider(config: OidcConfig): OAuthConfig<OidcProfile> {
  return {
    id: OIDC_PROVIDER_ID,
    name: config.name,
    type: "oauth",
    wellKnown: `${config.issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    checks: ["pkce", "state"],
    idToken: true,
    profile(profile) {
      return { id: profile.sub, email: profile.email ?? null, name: profile.name ?? null };
    },
  };
}
