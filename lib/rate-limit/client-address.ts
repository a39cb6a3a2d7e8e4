// Which X-Forwarded-For entry names the client. Each trusted proxy appends the address it saw, so
// the client is the entry the outermost trusted proxy wrote; with no proxy, Next records the socket
// address there itself (only when the client sent none, which a direct client can abuse: put a
// proxy in front of the app to make per-client limits hold).
export function clientAddress(options: { forwardedFor: string | null; trustedProxies: number }): string {
  const entries = (options.forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries[entries.length - Math.max(1, options.trustedProxies)] ?? entries[0] ?? "unknown";
}
