import { startTestOidcProvider } from "./support/oidc-provider";

// Starts the local OpenID Connect provider for the whole run; the returned function stops it.
export default async function globalSetup(): Promise<() => Promise<void>> {
  const port = Number(process.env.E2E_PORT ?? 3100);
  return startTestOidcProvider({ port: Number(process.env.E2E_OIDC_PORT ?? port + 10_000), appUrl: `http://localhost:${port}` });
}
