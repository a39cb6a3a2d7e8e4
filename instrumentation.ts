import type { Instrumentation } from "next";

// Next.js calls register() once per server process before it serves requests.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { bootstrap } = await import("@/lib/bootstrap");
  await bootstrap();
}

// Errors that escape a page or route reach the user only as an error page with the digest; the
// detail goes to the structured log under that digest, with the path but not the query or headers.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("@/lib/log");
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined;
  logger.error(
    {
      err: error,
      correlationId: digest,
      method: request.method,
      path: request.path.split("?")[0],
      routeType: context.routeType,
    },
    "request failed",
  );
};
