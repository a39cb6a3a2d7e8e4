import type { Server } from "node:http";
import Provider from "oidc-provider";
import { TEST_OIDC, testOidcIssuer } from "./oidc-settings";

// A real OpenID Connect provider (panva's oidc-provider, certified) for the single sign-on tests.
// Its development login form accepts any login: the login is the user's email, and a login that
// starts with "unverified." comes back with email_verified false.
export async function startTestOidcProvider(options: { port: number; appUrl: string }): Promise<() => Promise<void>> {
  const provider = new Provider(testOidcIssuer(options.port), {
    clients: [
      {
        client_id: TEST_OIDC.clientId,
        client_secret: TEST_OIDC.clientSecret,
        redirect_uris: [`${options.appUrl}/api/auth/callback/oidc`],
        response_types: ["code"],
        grant_types: ["authorization_code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Put the scope's claims in the ID token, where next-auth reads them (as Keycloak does).
    conformIdTokenClaims: false,
    cookies: { keys: ["layerwise-e2e-oidc-cookie-key"] },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AccessToken: 600, IdToken: 600 },
    async findAccount(_ctx, login) {
      return {
        accountId: login,
        async claims() {
          return {
            sub: `sub-${login}`,
            email: login.replace(/^unverified\./, ""),
            email_verified: !login.startsWith("unverified."),
            name: "Sasha Single-Sign-On",
          };
        },
      };
    },
  });
  const server: Server = await new Promise((resolve) => {
    const listening = provider.listen(options.port, () => resolve(listening));
  });
  return () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
