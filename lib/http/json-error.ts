import "server-only";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/db/database-unavailable";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { logger } from "@/lib/log";
import { retryAfterHeaders } from "./error-headers";

// JSON error responses for route handlers: AppErrors with their status and message; anything else
// as a generic 500 with a correlation id that the server log also carries, except a database out of
// reach: a 503 to retry.
export async function jsonError(error: unknown): Promise<Response> {
  const t = await getTranslations("errors");
  if (error instanceof AppError) {
    return Response.json(
      { error: { code: error.code, message: t(error.messageKey, error.values), fieldErrors: error.fieldErrors } },
      { status: HTTP_STATUS[error.code], headers: retryAfterHeaders(error) },
    );
  }
  if (isDatabaseUnavailable(error)) {
    logger.warn({ err: error }, "request failed: database unavailable");
    return Response.json(
      { error: { code: "UNAVAILABLE", message: t("unavailable") } },
      { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS) } },
    );
  }
  const correlationId = randomUUID();
  logger.error({ err: error, correlationId }, "request failed");
  return Response.json({ error: { code: "INTERNAL", message: t("internal", { correlationId }) } }, { status: 500 });
}
