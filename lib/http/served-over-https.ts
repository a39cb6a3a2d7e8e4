import { appUrl } from "@/lib/env";

// APP_URL is the address users reach; https there means cookies must be Secure and links upgraded,
// even when TLS ends at a proxy in front of the app.
export function servedOverHttps(): boolean {
  return appUrl().startsWith("https://");
}
