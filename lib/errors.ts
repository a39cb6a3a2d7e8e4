// One error type for expected failures. `messageKey` names a message in the `errors` catalog
// (content/messages/*.json); anything that is not an AppError reaches a user only as a generic message.
export const APP_ERROR_CODES = [
  "BAD_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "LOCKED",
  "RATE_LIMITED",
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export type MessageValues = Record<string, string | number>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly messageKey: string;
  readonly values: MessageValues;
  readonly fieldErrors?: Record<string, string[]>;
  // Safe, structured detail for the client (e.g. the current version in a save conflict).
  readonly details?: Record<string, unknown>;

  constructor(options: {
    code: AppErrorCode;
    messageKey: string;
    values?: MessageValues;
    fieldErrors?: Record<string, string[]>;
    details?: Record<string, unknown>;
  }) {
    super(`${options.code}: ${options.messageKey}`);
    this.name = "AppError";
    this.code = options.code;
    this.messageKey = options.messageKey;
    this.values = options.values ?? {};
    this.fieldErrors = options.fieldErrors;
    this.details = options.details;
  }
}

export function notFound(messageKey = "notFound"): AppError {
  return new AppError({ code: "NOT_FOUND", messageKey });
}

export function forbidden(messageKey = "forbidden"): AppError {
  return new AppError({ code: "FORBIDDEN", messageKey });
}

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  BAD_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOCKED: 423,
  RATE_LIMITED: 429,
};
