import type { BrokenLinkReason } from "./audit-chain";
import type { ChainVerification } from "./verify-audit-chain";

const REASONS: Record<BrokenLinkReason, string> = {
  missing: "event missing (deleted or moved)",
  "wrong-chain": "event belongs to another chain",
  "prev-hash": "does not link to the previous event (reordered or replaced)",
  hash: "content does not match its hash (edited)",
  "unknown-key": "signed with a key this instance does not know",
  signature: "signature does not match",
  head: "chain head does not match the last event",
};

// `npm run audit:verify`'s output: one line per chain. Pure, so the wording is tested.
export function verificationReport(options: { results: ChainVerification[]; names: Map<string, string> }): {
  lines: string[];
  ok: boolean;
} {
  const lines = options.results.map((result) => {
    const name = result.organisationId
      ? `${options.names.get(result.organisationId) ?? "(unknown organisation)"} [${result.organisationId}]`
      : "instance (no organisation)";
    if (!result.brokenLink) return `OK      ${name}: ${result.events} events`;
    const { seq, reason, eventId } = result.brokenLink;
    return `BROKEN  ${name}: ${result.events} events verified; first broken link at seq ${seq}${eventId ? ` (event ${eventId})` : ""}: ${REASONS[reason]}`;
  });
  if (lines.length === 0) lines.push("No audit events yet.");
  return { lines, ok: options.results.every((r) => r.ok) };
}
