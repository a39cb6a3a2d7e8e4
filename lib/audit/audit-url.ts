// The audit page's links (pages, verification, exports) keep the filters in the URL. Pure.
export type AuditQuery = Partial<Record<"actor" | "action" | "target" | "from" | "to" | "page" | "verify" | "format", string | number>>;

export function auditQueryString(query: AuditQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
