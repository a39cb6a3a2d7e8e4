// Pure lockout rules (seed 000: lock an account after repeated failed sign-ins).
// Failures count within a window as long as the lock; reaching the limit locks for that long.
export type LockoutState = { failures: number; windowStart: Date; lockedUntil: Date | null };
export type LockoutPolicy = { maxAttempts: number; lockMinutes: number };

export function emptyLockoutState(now: Date): LockoutState {
  return { failures: 0, windowStart: now, lockedUntil: null };
}

export function lockedUntil(state: LockoutState, now: Date): Date | null {
  return state.lockedUntil && state.lockedUntil > now ? state.lockedUntil : null;
}

export function recordFailure(options: { state: LockoutState; policy: LockoutPolicy; now: Date }): LockoutState {
  const { state, policy, now } = options;
  const windowMs = policy.lockMinutes * 60_000;
  const fresh = now.getTime() - state.windowStart.getTime() > windowMs || (state.lockedUntil !== null && state.lockedUntil <= now);
  const failures = (fresh ? 0 : state.failures) + 1;
  const windowStart = fresh ? now : state.windowStart;
  if (failures >= policy.maxAttempts) {
    return { failures: 0, windowStart: now, lockedUntil: new Date(now.getTime() + windowMs) };
  }
  return { failures, windowStart, lockedUntil: null };
}
