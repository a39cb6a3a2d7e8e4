import pino, { type DestinationStream, type Logger } from "pino";
import { env } from "@/lib/env";
import { redactLogObject } from "@/lib/log-redaction";

// Structured server logs. Privacy (seed 003): never log IP addresses, user agents, credentials,
// tokens or answer text; the redaction is a safety net, not permission to pass them in.
export function createLogger(options: { level: string; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: undefined,
      formatters: { log: redactLogObject },
      // redactLogObject has already turned errors into plain objects (type, message, stack, code).
      serializers: { err: (value: unknown) => value },
    },
    options.destination,
  );
}

export const logger = createLogger({ level: env().LOG_LEVEL });
