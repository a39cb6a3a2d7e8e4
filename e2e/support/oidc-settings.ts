// How the app is pointed at the local OpenID Connect provider (kept apart from the provider
// itself, so the Playwright config does not load it).
export const TEST_OIDC = {
  clientId: "layerwise-e2e",
  clientSecret: "layerwise-e2e-client-secret-not-for-production",
  name: "Test IdP",
} as const;

export function testOidcIssuer(port: number): string {
  return `http://localhost:${port}`;
}
