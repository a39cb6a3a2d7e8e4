// Only same-site paths may be redirect targets after sign-in ("//evil.example" is not a path).
export function safeRedirectPath(target: string | null | undefined, fallback = "/orgs"): string {
  if (!target || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
  return target;
}
