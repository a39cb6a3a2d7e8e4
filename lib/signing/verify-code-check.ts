import "server-only";
import { AppError } from "@/lib/errors";
import { enforceRateLimit, requestClient } from "@/lib/rate-limit/consume";
import { verifyStoredExport } from "./verify-stored-export";
import type { VerificationResult } from "./verify-export";

export type CodeCheck = { kind: "result"; result: VerificationResult } | { kind: "rateLimited"; minutes: number };

// The /verify page's code check: the same per-client limit as POST /api/verify.
export async function checkVerificationCode(code: string): Promise<CodeCheck> {
  try {
    await enforceRateLimit({ name: "verify", subject: await requestClient() });
  } catch (error) {
    if (error instanceof AppError && error.code === "RATE_LIMITED")
      return { kind: "rateLimited", minutes: Number(error.values.minutes) };
    throw error;
  }
  return { kind: "result", result: await verifyStoredExport({ code }) };
}
