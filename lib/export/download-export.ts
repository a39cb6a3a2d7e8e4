import "server-only";
import { cookies, headers } from "next/headers";
import { getCurrentUser } from "@/lib/auth/session";
import { pickLocale } from "@/lib/i18n/locales";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { jsonError } from "@/lib/http/json-error";
import { isCrossSite } from "@/lib/http/same-origin";
import { enforceRateLimit } from "@/lib/rate-limit/consume";
import { createExport, type ExportFile } from "./create-export";
import { isExportKind } from "./export-kinds";

export const VERIFICATION_CODE_HEADER = "X-Layerwise-Verification-Code";

export async function downloadExport(options: { assessmentId: string; kind: string }): Promise<Response> {
  try {
    if (isCrossSite(await headers())) throw forbidden();
    const user = await getCurrentUser();
    if (!user) throw new AppError({ code: "UNAUTHENTICATED", messageKey: "signInRequired" });
    if (!isExportKind(options.kind)) throw notFound("exportKindNotFound");
    // Each download signs and stores a new export: bounded per user.
    await enforceRateLimit({ name: "export", subject: user.id });
    // PDF reports are worded in the reader's language, chosen as the pages choose it.
    const locale = pickLocale({
      cookie: (await cookies()).get("locale")?.value,
      acceptLanguage: (await headers()).get("accept-language"),
    });
    return exportResponse(
      await createExport({ userId: user.id, assessmentId: options.assessmentId, kind: options.kind, locale }),
    );
  } catch (error) {
    return jsonError(error);
  }
}

// Always a download, never cached: every response is a new signed export with its own code.
export function exportResponse(file: ExportFile): Response {
  const asciiName = file.fileName.replace(/[^\w.-]/g, "_");
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      [VERIFICATION_CODE_HEADER]: file.code,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
