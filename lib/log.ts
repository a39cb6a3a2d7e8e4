import pino from "pino";
import { env } from "@/lib/env";

// Structured server logs. Privacy (seed 003): never log IP addresses, user agents, credentials,
// tokens or answer text; the redact list is a safety net, not permission to pass them in.
export const logger = pino({
  level: env().LOG_LEVEL,
  base: undefined,
  redact: {
    paths: ["password", "*.password", "token", "*.token", "headers", "*.headers", "ip", "*.ip", "userAgent", "*.userAgent"],
    censor: "[redacted]",
  },
});
