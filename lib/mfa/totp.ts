import { Secret, TOTP } from "otpauth";

// RFC 6238 with the parameters every authenticator app understands: SHA-1, 6 digits, 30 s.
const PERIOD_SECONDS = 30;
const DIGITS = 6;
// One step either side absorbs clock drift between the phone and the server (±30 s).
const DRIFT_STEPS = 1;
// 160-bit seeds, as RFC 4226 recommends.
const SECRET_BYTES = 20;

export function createTotpSecret(): string {
  return new Secret({ size: SECRET_BYTES }).base32;
}

function totp(options: { secret: string; label?: string; issuer?: string }): TOTP {
  return new TOTP({
    issuer: options.issuer,
    label: options.label,
    algorithm: "SHA1",
    digits: DIGITS,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(options.secret),
  });
}

export function totpUri(options: { secret: string; accountName: string; issuer: string }): string {
  return totp({ secret: options.secret, label: options.accountName, issuer: options.issuer }).toString();
}

export function totpCode(options: { secret: string; now: Date }): string {
  return totp(options).generate({ timestamp: options.now.getTime() });
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: "invalid" | "replayed" };

// Accepts a code for the current step or one either side, but never a step at or before the last
// one accepted: a code seen once (over a shoulder, in a proxy log) cannot be used again.
export function checkTotpCode(options: { secret: string; code: string; now: Date; lastStep: number | null }): TotpCheck {
  const code = options.code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(code)) return { ok: false, reason: "invalid" };
  const timestamp = options.now.getTime();
  const delta = totp(options).validate({ token: code, timestamp, window: DRIFT_STEPS });
  if (delta === null) return { ok: false, reason: "invalid" };
  const step = TOTP.counter({ period: PERIOD_SECONDS, timestamp }) + delta;
  if (options.lastStep !== null && step <= options.lastStep) return { ok: false, reason: "replayed" };
  return { ok: true, step };
}
