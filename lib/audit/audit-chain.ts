import { createHash, type KeyObject } from "node:crypto";
import { signBytes, verifyBytes } from "@/lib/signing/ed25519";

// The audit trail's hash chain, as plain data (no database): how an event is serialised, hashed and
// signed, and how a chain of stored events is checked link by link.
export const AUDIT_CHAIN_FORMAT = "layerwise-audit-v1";
// The previous hash of a chain's first event.
export const GENESIS_HASH = "0".repeat(64);
// The chain of events that belong to no organisation (e.g. a sign-in attempt for an unknown email).
export const INSTANCE_CHAIN = "instance";

export type AuditSummaryValue =
  string | number | boolean | null | AuditSummaryValue[] | { [key: string]: AuditSummaryValue };
export type AuditSummary = { [key: string]: AuditSummaryValue };

// Everything the hash covers. The summary is stored as jsonb, which reorders keys, so it is
// serialised with sorted keys.
export type ChainedFields = {
  chain: string;
  organisationId: string | null;
  seq: number;
  prevHash: string;
  actorUserId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  summary: unknown;
  createdAt: Date;
};

export type StoredAuditEvent = ChainedFields & { id: string; hash: string; signature: string; keyId: string };

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value))
      throw new Error("Audit summaries hold finite numbers only");
    if (value === undefined) return "null";
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

// A JSON array in a fixed order, led by the format name, so no two different events serialise alike.
export function canonicalEvent(fields: ChainedFields): string {
  return canonicalJson([
    AUDIT_CHAIN_FORMAT,
    fields.chain,
    fields.organisationId,
    fields.seq,
    fields.prevHash,
    fields.actorUserId,
    fields.action,
    fields.targetType,
    fields.targetId,
    fields.summary,
    fields.createdAt.toISOString(),
  ]);
}

export function hashEvent(fields: ChainedFields): string {
  return createHash("sha256").update(canonicalEvent(fields), "utf8").digest("hex");
}

// The signature covers the hash, and so the previous hash: a valid signature vouches for the event
// and for its place in the chain. The prefix keeps audit signatures apart from export signatures.
function signedMessage(hash: string): Uint8Array {
  return new TextEncoder().encode(`${AUDIT_CHAIN_FORMAT}\nhash:${hash}`);
}

export function sealEvent(options: { fields: ChainedFields; privateKey: KeyObject }): {
  hash: string;
  signature: string;
} {
  const hash = hashEvent(options.fields);
  return { hash, signature: signBytes({ privateKey: options.privateKey, message: signedMessage(hash) }) };
}

export type BrokenLinkReason =
  | "missing" // an event with this seq is not there (deleted, or moved elsewhere)
  | "wrong-chain" // the event's chain or organisation does not match the chain it is stored in
  | "prev-hash" // the event does not link to the hash of the one before it
  | "hash" // the event's content does not match its hash (edited)
  | "unknown-key" // the key it names is not one of this instance's
  | "signature" // the signature does not match the hash
  | "head"; // the chain's head records events after the last one stored (the newest were deleted)

export type BrokenLink = { seq: number; eventId: string | null; reason: BrokenLinkReason };

export type ChainHead = { seq: number; hash: string };

// Checks stored events in seq order, batch by batch, carrying the state between batches.
export class ChainChecker {
  private expectedSeq = 1;
  private prevHash = GENESIS_HASH;
  private events = 0;
  broken: BrokenLink | null = null;

  constructor(
    private readonly options: {
      chain: string;
      organisationId: string | null;
      publicKey: (keyId: string) => KeyObject | null;
    },
  ) {}

  get checked(): number {
    return this.events;
  }

  // False once a link is broken: nothing after the first broken link is trusted.
  add(event: StoredAuditEvent): boolean {
    if (this.broken) return false;
    const fail = (reason: BrokenLinkReason, seq = event.seq, eventId: string | null = event.id) => {
      this.broken = { seq, eventId, reason };
      return false;
    };
    if (event.seq !== this.expectedSeq)
      return fail("missing", this.expectedSeq, event.seq > this.expectedSeq ? null : event.id);
    if (event.chain !== this.options.chain || event.organisationId !== this.options.organisationId)
      return fail("wrong-chain");
    if (event.prevHash !== this.prevHash) return fail("prev-hash");
    if (hashEvent(event) !== event.hash) return fail("hash");
    const publicKey = this.options.publicKey(event.keyId);
    if (!publicKey) return fail("unknown-key");
    if (!verifyBytes({ publicKey, message: signedMessage(event.hash), signature: event.signature }))
      return fail("signature");
    this.events += 1;
    this.expectedSeq += 1;
    this.prevHash = event.hash;
    return true;
  }

  // The head must name the last event checked: one beyond it means the newest events are gone.
  finish(head: ChainHead | null): BrokenLink | null {
    if (this.broken) return this.broken;
    const last = this.expectedSeq - 1;
    const headSeq = head?.seq ?? 0;
    if (headSeq > last) this.broken = { seq: last + 1, eventId: null, reason: "missing" };
    else if (headSeq < last || (head && head.hash !== this.prevHash))
      this.broken = { seq: last, eventId: null, reason: "head" };
    return this.broken;
  }
}
