import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { getCurrentUser, getSignedInSession, type CurrentUser, type SignedInSession } from "@/lib/auth/session";
import type { SessionStage } from "@/lib/auth/session-stage";
import { isDatabaseUnavailable } from "@/lib/db/database-unavailable";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log";
import type { ActionResult } from "./result";

// Every server action is built here: session check (authedAction), zod parse, and error mapping.
// Expected failures become translated messages; anything else is logged with a correlation id and
// reaches the user only as a generic message carrying that id.
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, context: { user: CurrentUser }) => Promise<T>,
) {
  return (raw: unknown): Promise<ActionResult<T>> =>
    run(async () => {
      const user = await getCurrentUser();
      if (!user) throw new AppError({ code: "UNAUTHENTICATED", messageKey: "signInRequired" });
      return handler(parseInput(schema, raw), { user });
    });
}

// The sign-in steps after the password (the second factor, the enrolment an organisation requires)
// run on a session that is signed in but not yet active: only the stages named are let through.
export function signInStepAction<S extends z.ZodType, T>(
  stages: readonly SessionStage[],
  schema: S,
  handler: (input: z.output<S>, context: { session: SignedInSession }) => Promise<T>,
) {
  return (raw: unknown): Promise<ActionResult<T>> =>
    run(async () => {
      const session = await getSignedInSession();
      if (!session || !stages.includes(session.stage)) throw new AppError({ code: "UNAUTHENTICATED", messageKey: "signInRequired" });
      return handler(parseInput(schema, raw), { session });
    });
}

export function publicAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>) => Promise<T>) {
  return (raw: unknown): Promise<ActionResult<T>> => run(async () => handler(parseInput(schema, raw)));
}

function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.join(".") || "form";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  throw new AppError({ code: "BAD_INPUT", messageKey: "badInput", fieldErrors });
}

async function run<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    unstable_rethrow(error);
    const t = await getTranslations("errors");
    if (error instanceof AppError) {
      const v = await getTranslations("validation");
      const fieldErrors = error.fieldErrors
        ? Object.fromEntries(
            Object.entries(error.fieldErrors).map(([field, keys]) => [field, keys.map((k) => (v.has(k) ? v(k) : k))]),
          )
        : undefined;
      const message = t(error.messageKey, error.values);
      return { ok: false, error: { code: error.code, message, fieldErrors, details: error.details } };
    }
    if (isDatabaseUnavailable(error)) {
      logger.warn({ err: error }, "server action failed: database unavailable");
      return { ok: false, error: { code: "UNAVAILABLE", message: t("unavailable") } };
    }
    const correlationId = randomUUID();
    logger.error({ err: error, correlationId }, "server action failed");
    return { ok: false, error: { code: "INTERNAL", message: t("internal", { correlationId }) } };
  }
}
