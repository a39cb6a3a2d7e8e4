// Pure fixed-window rules. The database keeps one counter per key and window (consume.ts); these
// functions read a rule from configuration and decide what one counted hit means.
export type RateLimitRule = { max: number; windowSeconds: number };

export type CountedHit = { count: number; windowStart: Date };

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const RULE_PATTERN = /^(\d+)\/(\d+)$/;

// "<max>/<minutes>", e.g. "20/15" is 20 hits per 15 minutes.
export function parseRule(text: string): RateLimitRule {
  const match = RULE_PATTERN.exec(text.trim());
  const max = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || max < 1 || minutes < 1)
    throw new Error(`"${text}" is not a rate limit: write <max>/<minutes>, e.g. 20/15`);
  return { max, windowSeconds: minutes * 60 };
}

export function isRuleText(text: string): boolean {
  try {
    parseRule(text);
    return true;
  } catch {
    return false;
  }
}

// A window that started at or before this instant has ended; the next hit starts a new one.
export function windowExpiredBefore(options: { rule: RateLimitRule; now: Date }): Date {
  return new Date(options.now.getTime() - options.rule.windowSeconds * 1000);
}

export function decide(options: { hit: CountedHit; rule: RateLimitRule; now: Date }): RateLimitDecision {
  const { hit, rule, now } = options;
  if (hit.count <= rule.max) return { allowed: true };
  const endsAt = hit.windowStart.getTime() + rule.windowSeconds * 1000;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000)) };
}

const DAY_MS = 24 * 60 * 60 * 1000;

// Every counter in the table (rate limits and sign-in lockouts) restarts once its window has
// passed, so a row untouched for longer than the longest window carries nothing any more. A day at
// least, so a short window configured by mistake never purges a counter still in use.
export function idleBucketCutoff(options: { windowsMs: readonly number[]; now: Date }): Date {
  return new Date(options.now.getTime() - Math.max(DAY_MS, ...options.windowsMs));
}
