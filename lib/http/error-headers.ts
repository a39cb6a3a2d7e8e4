import type { AppError } from "@/lib/errors";

// A rate-limited request learns when to come back (RFC 9110 Retry-After, in seconds).
export function retryAfterHeaders(error: AppError): Record<string, string> {
  const seconds = error.details?.retryAfterSeconds;
  return error.code === "RATE_LIMITED" && typeof seconds === "number" ? { "Retry-After": String(seconds) } : {};
}
