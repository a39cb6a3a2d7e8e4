import "server-only";
import { createTranslator } from "next-intl";
import { z } from "zod";
import { apiErrorResponse } from "@/lib/api/api-error-response";
import { apiJson } from "@/lib/api/api-json";
import messages from "@/content/messages/en.json";
import { AppError } from "@/lib/errors";
import { enforceRateLimit, requestClient } from "@/lib/rate-limit/consume";
import { verifyStoredExport } from "./verify-stored-export";
import type { VerificationResult } from "./verify-export";

// Exports are at most a few MB (the JSON of a large assessment, a long PDF). The cap bounds what
// one anonymous request can make the server hold; a rate limit per client bounds how often.
export const VERIFY_MAX_MB = 20;
const MAX_BYTES = VERIFY_MAX_MB * 1024 * 1024;
// Multipart boundaries and field headers come on top of the file.
const ENVELOPE_BYTES = 64 * 1024;

const ZVerifyJson = z.object({ code: z.string().max(1000) });

// The public API answers in English, like /api/v1: callers are scripts as often as browsers.
const verifyText = createTranslator({ locale: "en", messages, namespace: "verify" });

export type VerifyResponseBody = VerificationResult & { title: string; reason: string };

export async function handleVerifyRequest(request: Request): Promise<Response> {
  try {
    await enforceRateLimit({ name: "verify", subject: await requestClient(request) });
    const input = await readVerifyInput(request);
    const verification = await verifyStoredExport(input);
    const body: VerifyResponseBody = {
      ...verification,
      title: verifyText(`outcomes.${verification.outcome}.title`),
      reason: verifyText(`outcomes.${verification.outcome}.reason`),
    };
    return apiJson(body);
  } catch (error) {
    return apiErrorResponse({ error, request });
  }
}

async function readVerifyInput(request: Request): Promise<{ bytes?: Uint8Array; code?: string }> {
  const contentType = request.headers.get("content-type") ?? "";
  const type = contentType.toLowerCase();
  const body = await readCapped(request);
  if (type.startsWith("application/json")) {
    let raw: unknown;
    try {
      raw = JSON.parse(body.toString("utf8"));
    } catch {
      throw new AppError({ code: "BAD_INPUT", messageKey: "invalidJson" });
    }
    const parsed = ZVerifyJson.safeParse(raw);
    if (!parsed.success) throw new AppError({ code: "BAD_INPUT", messageKey: "verifyInputMissing" });
    return { code: parsed.data.code };
  }
  if (!type.startsWith("multipart/form-data") && !type.startsWith("application/x-www-form-urlencoded")) {
    throw new AppError({ code: "BAD_INPUT", messageKey: "verifyInputMissing" });
  }
  const form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } })
    .formData()
    .catch(() => {
      throw new AppError({ code: "BAD_INPUT", messageKey: "badInput" });
    });
  const file = form.get("file");
  const code = form.get("code");
  // A form submitted without choosing a file sends an empty part with no name.
  const hasFile = file instanceof File && (file.size > 0 || file.name !== "");
  if (hasFile && file.size > MAX_BYTES) throw tooLarge();
  return {
    bytes: hasFile ? new Uint8Array(await file.arrayBuffer()) : undefined,
    code: typeof code === "string" && code.trim() ? code : undefined,
  };
}

// Refuse an oversize body before and while reading it (a chunked upload declares no length).
async function readCapped(request: Request): Promise<Buffer> {
  const limit = MAX_BYTES + ENVELOPE_BYTES;
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw tooLarge();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(): AppError {
  return new AppError({ code: "BAD_INPUT", messageKey: "verifyFileTooLarge", values: { max: VERIFY_MAX_MB } });
}
