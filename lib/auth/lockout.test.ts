import { describe, expect, it } from "vitest";
import { emptyLockoutState, lockedUntil, recordFailure, type LockoutState } from "./lockout";

const policy = { maxAttempts: 5, lockMinutes: 15 };
const t0 = new Date("2026-11-23T10:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

function fail(times: number, start: LockoutState = emptyLockoutState(t0), minute = 0): LockoutState {
  let state = start;
  for (let i = 0; i < times; i++) state = recordFailure({ state, policy, now: at(minute) });
  return state;
}

describe("lockout", () => {
  it("counts failures below the limit without locking", () => {
    const state = fail(4);
    expect(state.failures).toBe(4);
    expect(lockedUntil(state, at(0))).toBeNull();
  });

  it("locks for the configured minutes on the fifth failure", () => {
    const state = fail(5);
    expect(lockedUntil(state, at(0))).toEqual(at(15));
    expect(lockedUntil(state, at(14.99))).toEqual(at(15));
    expect(lockedUntil(state, at(15))).toBeNull();
  });

  it("follows a configured limit and duration", () => {
    const strict = { maxAttempts: 3, lockMinutes: 60 };
    let state = emptyLockoutState(t0);
    for (let i = 0; i < 3; i++) state = recordFailure({ state, policy: strict, now: t0 });
    expect(lockedUntil(state, at(59))).toEqual(at(60));
  });

  it("forgets failures older than the window", () => {
    const state = fail(1, fail(4), 16);
    expect(state.failures).toBe(1);
    expect(lockedUntil(state, at(16))).toBeNull();
  });

  it("starts counting afresh after a lock has expired", () => {
    const afterLock = fail(1, fail(5), 20);
    expect(afterLock.failures).toBe(1);
    expect(lockedUntil(afterLock, at(20))).toBeNull();
  });
});
