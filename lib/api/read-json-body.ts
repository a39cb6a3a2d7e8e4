import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";

// Answers are at most a few KB; the cap keeps one client from making the server buffer megabytes.
const MAX_BODY_BYTES = 64 * 1024;

// Reads the body as JSON and validates it with the same zod schema the UI uses.
export async function readJsonBody<S extends z.ZodType>(options: { request: Request; schema: S }): Promise<z.output<S>> {
  const raw = await readJson(options.request);
  const parsed = options.schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.join(".") || "body";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  throw new AppError({ code: "BAD_INPUT", messageKey: "badInput", fieldErrors });
}

async function readJson(request: Request): Promise<unknown> {
  const text = await readText(request);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError({ code: "BAD_INPUT", messageKey: "invalidJson" });
  }
}

async function readText(request: Request): Promise<string> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function tooLarge(): AppError {
  return new AppError({ code: "BAD_INPUT", messageKey: "requestTooLarge", values: { max: MAX_BODY_BYTES / 1024 } });
}
