import { describe, expect, it } from "vitest";
import { generateSigningKey } from "@/lib/signing/ed25519";
import {
  canonicalEvent,
  canonicalJson,
  ChainChecker,
  GENESIS_HASH,
  hashEvent,
  sealEvent,
  type ChainedFields,
  type StoredAuditEvent,
} from "./audit-chain";

const key = generateSigningKey();
const otherKey = generateSigningKey();

// A valid chain of n events in organisation o1, built as recordAuditEvent builds it.
function chainOf(n: number, signWith = key): StoredAuditEvent[] {
  const events: StoredAuditEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const fields: ChainedFields = {
      chain: "o1",
      organisationId: "o1",
      seq,
      prevHash,
      actorUserId: "u1",
      action: "answer.save",
      targetType: "answer",
      targetId: `a${seq}`,
      summary: { practiceId: "NET-1.1", value: "FULLY", version: seq },
      createdAt: new Date(Date.UTC(2026, 10, 23, 12, 0, seq)),
    };
    const { hash, signature } = sealEvent({ fields, privateKey: signWith.privateKey });
    events.push({ ...fields, id: `e${seq}`, hash, signature, keyId: signWith.keyId });
    prevHash = hash;
  }
  return events;
}

function check(events: StoredAuditEvent[], head = { seq: events.length, hash: events.at(-1)?.hash ?? GENESIS_HASH }) {
  const checker = new ChainChecker({
    chain: "o1",
    organisationId: "o1",
    publicKey: (id) => (id === key.keyId ? key.publicKey : id === otherKey.keyId ? otherKey.publicKey : null),
  });
  for (const event of events) if (!checker.add(event)) break;
  return { broken: checker.finish(head), checked: checker.checked };
}

describe("canonical serialisation", () => {
  it("sorts object keys at every depth, so jsonb's reordering does not change the hash", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: true, y: null }], c: "x" } })).toBe(
      '{"a":{"c":"x","d":[1,{"y":null,"z":true}]},"b":1}',
    );
    const [event] = chainOf(1);
    const reordered = { ...event!, summary: { version: 1, value: "FULLY", practiceId: "NET-1.1" } };
    expect(hashEvent(reordered)).toBe(event!.hash);
  });

  it("covers every chained field", () => {
    const [event] = chainOf(1);
    const changes: Array<Partial<ChainedFields>> = [
      { chain: "o2" },
      { organisationId: null },
      { seq: 2 },
      { prevHash: "f".repeat(64) },
      { actorUserId: "u2" },
      { action: "answer.confirm" },
      { targetType: "evidence" },
      { targetId: null },
      { summary: { practiceId: "NET-1.1", value: "PARTIALLY", version: 1 } },
      { createdAt: new Date(event!.createdAt.getTime() + 1) },
    ];
    const hashes = new Set(changes.map((change) => hashEvent({ ...event!, ...change })));
    expect(hashes.size).toBe(changes.length);
    expect(hashes.has(event!.hash)).toBe(false);
  });

  it("cannot confuse a null with the string 'null' or shift a value between fields", () => {
    const [event] = chainOf(1);
    expect(canonicalEvent({ ...event!, targetId: null })).not.toBe(canonicalEvent({ ...event!, targetId: "null" }));
    expect(hashEvent({ ...event!, targetType: "answer", targetId: "x" })).not.toBe(
      hashEvent({ ...event!, targetType: "answerx", targetId: "" }),
    );
  });

  it("rejects numbers JSON cannot carry", () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
  });
});

describe("chain verification", () => {
  it("accepts an intact chain, and an empty one", () => {
    expect(check(chainOf(5))).toEqual({ broken: null, checked: 5 });
    expect(check([], { seq: 0, hash: GENESIS_HASH })).toEqual({ broken: null, checked: 0 });
  });

  it("accepts events signed by an older key that is still known", () => {
    const events = chainOf(2);
    const later = chainOf(3, otherKey)[2]!;
    const { hash, signature } = sealEvent({
      fields: { ...later, prevHash: events[1]!.hash },
      privateKey: otherKey.privateKey,
    });
    events.push({ ...later, prevHash: events[1]!.hash, hash, signature });
    expect(check(events).broken).toBeNull();
  });

  it("reports an edited field at that event", () => {
    const events = chainOf(5);
    events[2] = { ...events[2]!, summary: { practiceId: "NET-1.1", value: "PARTIALLY", version: 3 } };
    expect(check(events).broken).toEqual({ seq: 3, eventId: "e3", reason: "hash" });
  });

  it("reports an edit whose hash was recomputed, by its signature", () => {
    const events = chainOf(5);
    const edited = { ...events[2]!, actorUserId: "someone-else" };
    events[2] = { ...edited, hash: hashEvent(edited) };
    expect(check(events).broken).toEqual({ seq: 3, eventId: "e3", reason: "signature" });
  });

  it("reports a deleted event as the first missing seq", () => {
    const events = chainOf(5);
    events.splice(1, 1);
    expect(check(events, { seq: 5, hash: chainOf(5)[4]!.hash }).broken).toEqual({
      seq: 2,
      eventId: null,
      reason: "missing",
    });
  });

  it("reports deleted newest events through the chain head", () => {
    const all = chainOf(5);
    expect(check(all.slice(0, 3), { seq: 5, hash: all[4]!.hash }).broken).toEqual({
      seq: 4,
      eventId: null,
      reason: "missing",
    });
  });

  it("reports two events whose seqs were swapped at the first of them", () => {
    const events = chainOf(5);
    const [third, fourth] = [events[2]!, events[3]!];
    events[2] = { ...fourth, seq: 3 };
    events[3] = { ...third, seq: 4 };
    expect(check(events).broken).toEqual({ seq: 3, eventId: "e4", reason: "prev-hash" });
  });

  it("reports an event signed with a key the instance does not know", () => {
    const stranger = generateSigningKey();
    const events = chainOf(2);
    events[1] = { ...events[1]!, keyId: stranger.keyId };
    expect(check(events).broken).toEqual({ seq: 2, eventId: "e2", reason: "unknown-key" });
  });

  it("reports an event moved from another chain", () => {
    const events = chainOf(2);
    events[1] = { ...events[1]!, chain: "o2", organisationId: "o2" };
    expect(check(events).broken).toEqual({ seq: 2, eventId: "e2", reason: "wrong-chain" });
  });

  it("reports a head that does not match the last event", () => {
    const events = chainOf(3);
    expect(check(events, { seq: 3, hash: "f".repeat(64) }).broken).toEqual({ seq: 3, eventId: null, reason: "head" });
    expect(check(events, { seq: 2, hash: events[1]!.hash }).broken).toEqual({ seq: 3, eventId: null, reason: "head" });
  });
});
