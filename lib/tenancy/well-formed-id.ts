import { ZId } from "@/lib/invitations/schema";

// Ids from a URL reach the data layer unparsed. One that no row can have (a NUL byte, which
// PostgreSQL text cannot even hold, 300 kB of text, markup) is answered NOT_FOUND like any other
// unknown id, before it becomes a query.
export function isWellFormedId(value: unknown): value is string {
  return ZId.safeParse(value).success;
}
