import "server-only";
import { randomUUID } from "node:crypto";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/db/database-unavailable";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { retryAfterHeaders } from "@/lib/http/error-headers";
import { logger } from "@/lib/log";
import { apiJson } from "./api-json";
import { apiErrorText, apiFieldErrorText } from "./api-messages";

export type ApiErrorBody = {
  error: {
    code: string;
    message: string;
    fieldErrors?: Record<string, string[]>;
    details?: Record<string, unknown>;
    correlationId?: string;
  };
};

// Expected failures carry their code, message and safe details; a database that is briefly out of
// reach is a 503 the client may retry; anything else is a generic 500 whose correlation id is also
// in the server log. The request is described by method and path
// only: headers (the token) and bodies (answer text) stay out of the log.
export function apiErrorResponse(options: { error: unknown; request: Request }): Response {
  const { error, request } = options;
  if (error instanceof AppError) {
    const body: ApiErrorBody = {
      error: {
        code: error.code,
        message: apiErrorText(error.messageKey, error.values),
        fieldErrors: error.fieldErrors ? translateFieldErrors(error.fieldErrors) : undefined,
        details: error.details,
      },
    };
    const headers = error.code === "UNAUTHENTICATED" ? { "WWW-Authenticate": "Bearer" } : retryAfterHeaders(error);
    return apiJson(body, { status: HTTP_STATUS[error.code], headers });
  }
  const path = new URL(request.url).pathname;
  if (isDatabaseUnavailable(error)) {
    logger.warn({ err: error, method: request.method, path }, "api request failed: database unavailable");
    const body: ApiErrorBody = { error: { code: "UNAVAILABLE", message: apiErrorText("unavailable") } };
    return apiJson(body, { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS) } });
  }
  const correlationId = randomUUID();
  logger.error({ err: error, correlationId, method: request.method, path }, "api request failed");
  const body: ApiErrorBody = {
    error: { code: "INTERNAL", message: apiErrorText("internal", { correlationId }), correlationId },
  };
  return apiJson(body, { status: 500 });
}

function translateFieldErrors(fieldErrors: Record<string, string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, keys]) => [field, keys.map(apiFieldErrorText)]));
}
