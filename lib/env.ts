import { z } from "zod";
import { isRuleText } from "@/lib/rate-limit/window";

// "<max>/<minutes>" (lib/rate-limit/window.ts).
const rateLimit = (fallback: string) =>
  z.string().refine(isRuleText, { message: "write <max>/<minutes>, e.g. 20/15" }).default(fallback);

// The only module that reads process.env. Values are parsed once, with defaults a newcomer can run on.
const ZEnv = z.object({
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().min(1).default(".data"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  APP_URL: z.string().url().optional(),
  AUTH_SECRET: z.string().min(32).optional(),
  // "id:base64key,..." (current key first); unset on the embedded default: a key file in DATA_DIR.
  DATA_ENCRYPTION_KEYS: z.string().optional(),
  // Encrypts `npm run backup` archives (scrypt-derived key); asked for by backup and restore only.
  BACKUP_PASSPHRASE: z.string().optional(),
  // Ed25519 private key in PKCS#8 PEM for signing exports; unset: one is generated and kept in the database.
  SIGNING_PRIVATE_KEY: z.string().optional(),
  // OpenID Connect single sign-on: on when the issuer, client id and secret are all set.
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  OIDC_NAME: z.string().max(60).default("single sign-on"),
  LOCKOUT_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
  LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  INVITATION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(72),
  // Rate limits, counted in the database so they hold across instances.
  RATE_LIMIT_SIGN_IN_CLIENT: rateLimit("100/15"),
  RATE_LIMIT_SIGN_IN_EMAIL: rateLimit("20/15"),
  RATE_LIMIT_SIGN_UP: rateLimit("10/60"),
  RATE_LIMIT_INVITATION_CREATE: rateLimit("50/60"),
  RATE_LIMIT_INVITATION_ACCEPT: rateLimit("20/60"),
  RATE_LIMIT_VERIFY: rateLimit("30/1"),
  RATE_LIMIT_EXPORT: rateLimit("100/60"),
  // Reverse proxies in front of the app that append to X-Forwarded-For (the client address is the
  // entry the outermost of them wrote); 0: none, Next records the socket address itself.
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  SEED_DEMO: z.enum(["true", "false"]).optional(),
  EVIDENCE_MAX_MB: z.coerce.number().min(0.1).max(100).default(10),
  SMTP_URL: z.string().url().optional(),
  SMTP_FROM: z.string().optional(),
  // PDF render worker threads; unset: one per CPU beyond the first, at least one.
  PDF_WORKERS: z.coerce.number().int().min(1).max(16).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function env(): TEnv {
  if (cached) return cached;
  // An empty variable (DATABASE_URL= in a shell or a compose file) means "not set".
  const set = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
  const parsed = ZEnv.safeParse(set);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${detail}`);
  }
  cached = parsed.data;
  return cached;
}

export function usesEmbeddedDatabase(): boolean {
  return !env().DATABASE_URL;
}

// Demo data goes into the embedded default only, unless asked for explicitly.
export function shouldSeedDemo(): boolean {
  const flag = env().SEED_DEMO;
  return flag ? flag === "true" : usesEmbeddedDatabase();
}

export function appUrl(): string {
  return env().APP_URL ?? `http://localhost:${env().PORT}`;
}
