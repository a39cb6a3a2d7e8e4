import { describe, expect, it } from "vitest";
import type { PhaseResult } from "./assessor-clients";
import { judge, recoveryMs } from "./load-report";
import type { AcknowledgedCheck } from "./verify-acknowledged";

const phase = (outcomes: Record<string, number>, timeline: PhaseResult["timeline"] = []): PhaseResult => ({
  elapsedMs: 1000,
  latenciesMs: [1],
  outcomes,
  unavailableWithoutRetryAfter: 0,
  malformedErrorBodies: 0,
  timeline,
});
const clean: AcknowledgedCheck = { acknowledged: 10, found: 10, superseded: 0, lost: [] };
const restart = { startedAt: 100, backAt: 400 };
const recovered = [
  { at: 150, ok: false },
  { at: 900, ok: true },
];

describe("load and fault verdict", () => {
  it("measures recovery from the database being back to the first acknowledged save", () => {
    expect(recoveryMs(phase({}, recovered), restart)).toBe(500);
    expect(recoveryMs(phase({}, [{ at: 300, ok: true }]), restart)).toBe(Number.POSITIVE_INFINITY);
  });

  it("passes a clean run and fails each broken promise", () => {
    const fault = phase({ "200": 90, "503": 5, "409": 5 }, recovered);
    expect(judge({ steady: phase({ "200": 100 }), fault, restart, check: clean })).toEqual([]);
    expect(judge({ steady: phase({ "200": 99, "503": 1 }), fault, restart, check: clean })).toHaveLength(1);
    expect(judge({ steady: phase({ "200": 1 }), fault: phase({ "200": 9, "500": 1 }, recovered), restart, check: clean })).toHaveLength(1);
    expect(judge({ steady: phase({ "200": 1 }), fault: phase({ "200": 9, network: 1 }, recovered), restart, check: clean })).toHaveLength(1);
    const slow = [{ at: 6000, ok: true }];
    expect(judge({ steady: phase({ "200": 1 }), fault: phase({ "200": 1 }, slow), restart, check: clean })[0]).toMatch(/recovery took 5600 ms/);
    const lost = { ...clean, lost: [{ assessmentId: "a", practiceId: "NET-1.1", version: 3, value: "FULLY", notes: "n", stored: null }] };
    expect(judge({ steady: phase({ "200": 1 }), fault, restart, check: lost })[0]).toMatch(/1 acknowledged saves are not in the database/);
    const noRetryAfter = { ...fault, unavailableWithoutRetryAfter: 2 };
    expect(judge({ steady: phase({ "200": 1 }), fault: noRetryAfter, restart, check: clean })[0]).toMatch(/503 without Retry-After/);
  });
});
