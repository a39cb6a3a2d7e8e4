// Privacy for server logs (seed 003, ASVS V16): whatever object reaches the logger, values under
// these keys never reach the output, at any depth. Keys compare lower-cased without separators,
// so "User-Agent", "user_agent" and "userAgent" are one key.
const CENSORED_KEYS = new Set([
  // credentials and secrets
  "authorization",
  "cookie",
  "cookies",
  "setcookie",
  "headers",
  "csrftoken",
  "otp",
  "totp",
  // where a person is and what they run
  "ip",
  "ipaddress",
  "remoteaddress",
  "clientaddress",
  "clientip",
  "forwarded",
  "forwardedfor",
  "xforwardedfor",
  "xrealip",
  "useragent",
  // what assessors write: answers and everything said about them
  "answer",
  "answers",
  "justification",
  "notes",
  "note",
  "comment",
  "comments",
  "body",
  "text",
  // whole requests and responses carry all of the above
  "req",
  "request",
  "res",
  "response",
]);

// Any key naming a password, token or secret (passwordHash, apiToken, sessionToken, authSecret...).
const CENSORED_PARTS = ["password", "passwd", "token", "secret", "privatekey", "apikey"];

export const CENSORED = "[redacted]";

const MAX_DEPTH = 8;

function isCensoredKey(key: string): boolean {
  const normalised = key.toLowerCase().replace(/[^a-z0-9]/g, "");
  return CENSORED_KEYS.has(normalised) || CENSORED_PARTS.some((part) => normalised.includes(part));
}

export function redactLogObject(value: Record<string, unknown>): Record<string, unknown> {
  return redactRecord(value, 0, new WeakSet());
}

function redactValue(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (value === null || typeof value !== "object") return value;
  if (seen.has(value)) return "[circular]";
  if (depth >= MAX_DEPTH) return "[too deep]";
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1, seen));
  if (value instanceof Date) return value;
  if (value instanceof Error) return redactError(value, depth, seen);
  if (value instanceof Map || value instanceof Set || ArrayBuffer.isView(value)) return `[${value.constructor.name}]`;
  return redactRecord(value as Record<string, unknown>, depth, seen);
}

function redactRecord(record: Record<string, unknown>, depth: number, seen: WeakSet<object>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(record)) {
    out[key] = isCensoredKey(key) ? CENSORED : redactValue(item, depth + 1, seen);
  }
  return out;
}

// Errors keep what diagnoses them (type, message, stack, code) and lose censored properties.
function redactError(error: Error, depth: number, seen: WeakSet<object>): Record<string, unknown> {
  const own = redactRecord({ ...error } as Record<string, unknown>, depth, seen);
  const cause = error.cause === undefined ? undefined : redactValue(error.cause, depth + 1, seen);
  return {
    type: error.name,
    message: error.message,
    stack: error.stack,
    ...own,
    ...(cause === undefined ? {} : { cause }),
  };
}
