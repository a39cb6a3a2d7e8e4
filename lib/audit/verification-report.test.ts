import { describe, expect, it } from "vitest";
import { verificationReport } from "./verification-report";

describe("audit verification report", () => {
  it("prints one line per chain and fails when any chain is broken", () => {
    const report = verificationReport({
      names: new Map([
        ["o1", "Revenue"],
        ["o2", "Health"],
      ]),
      results: [
        { chain: "instance", organisationId: null, events: 3, ok: true, brokenLink: null },
        { chain: "o1", organisationId: "o1", events: 12, ok: true, brokenLink: null },
        {
          chain: "o2",
          organisationId: "o2",
          events: 4,
          ok: false,
          brokenLink: { seq: 5, eventId: "e5", reason: "hash" },
        },
      ],
    });
    expect(report.ok).toBe(false);
    expect(report.lines).toEqual([
      "OK      instance (no organisation): 3 events",
      "OK      Revenue [o1]: 12 events",
      "BROKEN  Health [o2]: 4 events verified; first broken link at seq 5 (event e5): content does not match its hash (edited)",
    ]);
  });

  it("says so when there is nothing to verify, and passes", () => {
    expect(verificationReport({ names: new Map(), results: [] })).toEqual({
      lines: ["No audit events yet."],
      ok: true,
    });
  });
});
